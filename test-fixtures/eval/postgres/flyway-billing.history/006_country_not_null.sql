-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard set-not-null-scan
ALTER TABLE billing.customers ALTER COLUMN country SET NOT NULL;

-- verdict: safe
ALTER TABLE billing.customers ALTER COLUMN country SET DEFAULT 'US';
