-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE orders ADD CONSTRAINT orders_total_cents_big_not_null CHECK (total_cents_big IS NOT NULL) NOT VALID;
