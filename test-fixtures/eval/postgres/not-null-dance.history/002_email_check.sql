-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE orders ADD CONSTRAINT orders_email_not_null CHECK (customer_email IS NOT NULL) NOT VALID;
