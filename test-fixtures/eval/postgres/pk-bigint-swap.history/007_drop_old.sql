-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard data-loss
ALTER TABLE clicks DROP COLUMN id;
