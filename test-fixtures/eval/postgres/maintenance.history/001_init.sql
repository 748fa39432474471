-- verdict: safe
CREATE TABLE metrics (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL,
    value      double precision NOT NULL,
    taken_at   timestamptz NOT NULL DEFAULT now()
);
