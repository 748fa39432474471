-- verdict: safe
ALTER TABLE billing.payments VALIDATE CONSTRAINT payments_customer_fk;
