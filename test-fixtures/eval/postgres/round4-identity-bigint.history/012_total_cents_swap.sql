-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
ALTER TABLE orders ALTER COLUMN total_cents_big SET NOT NULL;

-- verdict: safe
ALTER TABLE orders DROP CONSTRAINT orders_total_cents_big_not_null;

-- verdict: safe
DROP TRIGGER orders_total_cents_sync ON orders;

-- verdict: safe
ALTER TABLE orders ALTER COLUMN total_cents DROP NOT NULL;

-- verdict: safe
ALTER TABLE orders RENAME COLUMN total_cents TO total_cents_old;

-- verdict: safe
ALTER TABLE orders RENAME COLUMN total_cents_big TO total_cents;

-- verdict: safe
COMMIT;
