-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard data-loss
ALTER TABLE audit_events DROP COLUMN payload;

-- verdict: hazard data-loss
ALTER TABLE audit_events DROP COLUMN IF EXISTS legacy_flag;
