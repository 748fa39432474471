-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE orders ALTER COLUMN customer_email SET NOT NULL;

-- verdict: safe
ALTER TABLE orders DROP CONSTRAINT orders_email_not_null;
