-- verdict: safe
SET lock_timeout = '5s';
-- verdict: safe
ALTER TABLE events ADD COLUMN slug varchar;
-- verdict: hazard backfill-in-transaction
UPDATE events SET slug = lower(replace(title, ' ', '-'));
-- verdict: hazard rename
ALTER TABLE organizers RENAME COLUMN email TO contact_email;
-- verdict: hazard non-concurrent-drop-index
DROP INDEX index_events_on_organizer_id;
-- verdict: safe
INSERT INTO schema_migrations (version) VALUES ('20240401000000');
