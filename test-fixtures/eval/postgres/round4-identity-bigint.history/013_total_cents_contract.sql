-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard data-loss
ALTER TABLE orders DROP COLUMN total_cents_old;

-- verdict: safe
DROP FUNCTION orders_total_cents_sync();
