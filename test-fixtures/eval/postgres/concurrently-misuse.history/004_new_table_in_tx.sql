-- verdict: safe
BEGIN;

-- verdict: safe
CREATE TABLE page_view_rollups (day date PRIMARY KEY, views bigint NOT NULL DEFAULT 0);

-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY page_view_rollups_views_idx ON page_view_rollups (views);

-- verdict: safe
COMMIT;
