-- verdict: safe
START TRANSACTION;

-- verdict: hazard concurrently-in-transaction
REINDEX INDEX CONCURRENTLY page_views_visitor_idx;

-- verdict: safe
COMMIT;
