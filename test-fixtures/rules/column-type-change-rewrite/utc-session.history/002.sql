-- With the session time zone UTC, PostgreSQL 12+ converts timestamp <-> timestamptz in the catalog only.
BEGIN;
SET LOCAL lock_timeout = '2s';
SET LOCAL TIME ZONE 'UTC';
ALTER TABLE events ALTER COLUMN created_at TYPE timestamptz;
COMMIT;

SET timezone = 'Etc/UTC';
ALTER TABLE events ALTER COLUMN updated_at TYPE timestamp with time zone;
ALTER TABLE events ALTER COLUMN seen_at TYPE timestamp;
-- an index on the column is still rebuilt
-- expect: column-type-change-rewrite
ALTER TABLE sessions ALTER COLUMN started_at TYPE timestamptz;
