-- verdict: hazard blocking-index-drop
DROP INDEX events_created_at_idx;

-- verdict: safe
DROP INDEX CONCURRENTLY IF EXISTS events_payload_gin;
