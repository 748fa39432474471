-- verdict: safe
SET lock_timeout = '5s';
-- verdict: safe
ALTER TABLE events ADD COLUMN venue varchar;
-- verdict: safe
ALTER TABLE events ADD COLUMN published boolean DEFAULT false NOT NULL;
-- verdict: hazard volatile-default
ALTER TABLE events ADD COLUMN public_id uuid DEFAULT gen_random_uuid() NOT NULL;
-- verdict: hazard non-concurrent-index
CREATE INDEX index_events_on_starts_at ON events (starts_at);
