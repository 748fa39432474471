-- phone_legacy has not been read since the 2024.06 release
-- verdict: hazard data-loss
ALTER TABLE customers DROP COLUMN phone_legacy;

-- verdict: hazard table-rewrite
ALTER TABLE customers ADD CONSTRAINT chk_customers_email CHECK (email LIKE '%@%');

-- verdict: safe
ALTER TABLE customers ADD COLUMN marketing_opt_in TINYINT(1) NOT NULL DEFAULT 0, ALGORITHM=INSTANT;
