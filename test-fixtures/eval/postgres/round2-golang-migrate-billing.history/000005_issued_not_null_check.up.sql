-- verdict: safe
SET lock_timeout = '3s';
-- verdict: safe
ALTER TABLE billing.invoices
    ADD CONSTRAINT invoices_issued_at_nn CHECK (issued_at IS NOT NULL) NOT VALID;
