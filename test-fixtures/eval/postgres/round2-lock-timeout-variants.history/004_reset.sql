-- verdict: safe
SET lock_timeout = '2s';
-- verdict: safe
RESET lock_timeout;
-- verdict: hazard missing-lock-timeout
ALTER TABLE tickets ALTER COLUMN title SET DEFAULT 'untitled';
