-- verdict: safe
SET lock_timeout = '3s';
-- verdict: safe
ALTER TABLE billing.invoices ALTER COLUMN issued_at SET NOT NULL;
-- verdict: safe
ALTER TABLE billing.invoices DROP CONSTRAINT invoices_issued_at_nn;
