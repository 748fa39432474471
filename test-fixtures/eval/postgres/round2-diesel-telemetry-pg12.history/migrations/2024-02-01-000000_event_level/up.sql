-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE events ADD COLUMN level event_level NOT NULL DEFAULT 'info';
-- verdict: safe
ALTER TABLE events ADD COLUMN received_at TIMESTAMPTZ DEFAULT NOW();
-- verdict: hazard table-rewrite
ALTER TABLE events ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(body, ''))) STORED;
