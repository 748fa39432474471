-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: safe
ALTER TABLE events ADD CONSTRAINT events_body_not_null CHECK (body IS NOT NULL) NOT VALID;
