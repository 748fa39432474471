-- verdict: safe
CREATE TABLE clicks (
    id         serial PRIMARY KEY,
    url        text NOT NULL,
    clicked_at timestamptz NOT NULL DEFAULT now()
);
