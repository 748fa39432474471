-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: safe
SET LOCAL TIME ZONE 'UTC';
-- PostgreSQL 12+: timestamp -> timestamptz is binary compatible when the session time zone is UTC.
-- verdict: safe
ALTER TABLE events ALTER COLUMN created_at TYPE TIMESTAMPTZ;
