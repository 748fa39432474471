-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE users ADD COLUMN display_name text;

-- verdict: hazard backfill-under-ddl-lock
UPDATE users SET display_name = first_name || ' ' || last_name;

-- verdict: safe
COMMIT;
