-- verdict: safe
SET lock_timeout TO '1500ms';
-- verdict: safe
ALTER TABLE tickets ALTER COLUMN closed DROP DEFAULT;
-- verdict: safe
SET lock_timeout TO DEFAULT;
-- verdict: safe
CREATE INDEX CONCURRENTLY ticket_events_ticket_idx ON ticket_events (ticket_id);
