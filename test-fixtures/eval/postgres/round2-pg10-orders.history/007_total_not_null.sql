-- verdict: safe
SET lock_timeout = '5s';
-- verdict: safe
ALTER TABLE orders ADD CONSTRAINT orders_total_nn CHECK (total IS NOT NULL) NOT VALID;
