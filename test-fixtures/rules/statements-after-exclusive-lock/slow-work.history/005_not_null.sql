ALTER TABLE teams DROP COLUMN IF EXISTS legacy;
-- expect: statements-after-exclusive-lock
ALTER TABLE events ALTER COLUMN payload SET NOT NULL;
