-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard data-loss
ALTER TABLE members DROP COLUMN phone;
