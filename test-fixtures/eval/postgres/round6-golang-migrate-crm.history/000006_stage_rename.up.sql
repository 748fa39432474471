-- verdict: safe
SET lock_timeout = '3s';
-- verdict: hazard enum-rename-value
ALTER TYPE lead_stage RENAME VALUE 'lost' TO 'closed_lost';
-- verdict: safe
ALTER TABLE leads ALTER COLUMN notes SET STORAGE EXTERNAL;
-- verdict: safe
ALTER TABLE companies ALTER COLUMN domain DROP NOT NULL;
-- verdict: hazard data-loss
TRUNCATE lead_owners;
