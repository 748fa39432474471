-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: hazard table-rewrite
ALTER TABLE events ALTER COLUMN updated_at TYPE TIMESTAMPTZ;
