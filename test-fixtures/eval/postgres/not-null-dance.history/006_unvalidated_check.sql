-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE orders ADD CONSTRAINT orders_placed_at_nn CHECK (placed_at IS NOT NULL) NOT VALID;

-- verdict: hazard set-not-null-scan
ALTER TABLE orders ALTER COLUMN placed_at SET NOT NULL;
