-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
ALTER TABLE billing.payments
    ADD CONSTRAINT payments_customer_fk FOREIGN KEY (customer_id)
    REFERENCES billing.customers (id) NOT VALID;
