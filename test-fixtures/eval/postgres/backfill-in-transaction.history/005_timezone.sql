-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: safe
ALTER TABLE users ADD COLUMN timezone text;

-- verdict: safe
COMMIT;

-- verdict: hazard unbatched-update
UPDATE users SET timezone = 'UTC';
