-- A SET LOCAL ends with its transaction, and another zone shifts every value: both rewrite.
BEGIN;
SET LOCAL TimeZone TO 'UTC';
COMMIT;
-- expect: column-type-change-rewrite
ALTER TABLE sessions ALTER COLUMN ended_at TYPE timestamptz;

SET TIME ZONE 'Europe/Berlin';
-- expect: column-type-change-rewrite
ALTER TABLE events ALTER COLUMN created_at TYPE timestamp;
