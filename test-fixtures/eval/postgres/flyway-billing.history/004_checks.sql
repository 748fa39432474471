-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard check-validation-scan
ALTER TABLE billing.payments
    ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0);

-- verdict: safe
ALTER TABLE billing.customers
    ADD CONSTRAINT customers_email_shape CHECK (email LIKE '%@%') NOT VALID;

-- verdict: safe
ALTER TABLE billing.payments
    ADD CONSTRAINT payments_status_known CHECK (status IN ('pending', 'paid', 'failed', 'refunded')) NOT VALID;
