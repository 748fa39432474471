-- verdict: safe
CREATE TABLE page_views (
    id         bigserial PRIMARY KEY,
    path       text NOT NULL,
    visitor    uuid,
    viewed_at  timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX page_views_path_idx ON page_views (path);
