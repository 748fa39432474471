-- verdict: safe
DROP INDEX CONCURRENTLY IF EXISTS page_views_path_idx;

-- verdict: safe
CREATE INDEX CONCURRENTLY page_views_viewed_at_brin ON page_views USING brin (viewed_at);
