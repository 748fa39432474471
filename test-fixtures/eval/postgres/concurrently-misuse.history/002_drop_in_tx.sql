-- verdict: safe
BEGIN;

-- verdict: hazard concurrently-in-transaction
DROP INDEX CONCURRENTLY IF EXISTS page_views_path_idx;

-- verdict: safe
COMMIT;
