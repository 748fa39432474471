-- verdict: safe
ALTER TABLE billing.customers VALIDATE CONSTRAINT customers_email_shape;

-- verdict: safe
ALTER TABLE billing.payments VALIDATE CONSTRAINT payments_status_known;
