-- verdict: safe
SET lock_timeout = '5s';
-- verdict: hazard data-loss
ALTER TABLE events DROP COLUMN venue;
-- verdict: safe
DROP INDEX CONCURRENTLY IF EXISTS index_events_on_starts_at;
-- verdict: safe
COMMENT ON COLUMN events.slug IS 'url slug';
-- verdict: safe
UPDATE events SET status = 'published' WHERE id IN (SELECT id FROM events WHERE published AND status = 'draft' ORDER BY id LIMIT 1000);
