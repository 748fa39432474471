-- verdict: safe
SET lock_timeout = 0;
-- verdict: hazard missing-lock-timeout
ALTER TABLE tickets ADD COLUMN labels text[];
