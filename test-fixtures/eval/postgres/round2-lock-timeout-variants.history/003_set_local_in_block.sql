-- verdict: safe
BEGIN;
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: safe
ALTER TABLE tickets ADD COLUMN due_at timestamptz;
-- verdict: safe
COMMIT;
-- The SET LOCAL ended with the transaction above.
-- verdict: hazard missing-lock-timeout
ALTER TABLE ticket_events ADD COLUMN payload jsonb;
