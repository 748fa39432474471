-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: safe
ALTER TABLE events ALTER COLUMN body SET NOT NULL;
