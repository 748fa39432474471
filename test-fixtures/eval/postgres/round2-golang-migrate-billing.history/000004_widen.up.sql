-- verdict: safe
SET lock_timeout = '3s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE billing."Accounts" ALTER COLUMN "Email" TYPE varchar(100);
-- verdict: hazard lock-held-for-later-work
ALTER TABLE billing.invoices ALTER COLUMN amount TYPE numeric(12,2);
-- verdict: hazard table-rewrite
ALTER TABLE billing.invoices ALTER COLUMN issued_at TYPE timestamptz;
