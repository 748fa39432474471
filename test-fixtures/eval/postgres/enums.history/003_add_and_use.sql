-- verdict: safe
BEGIN;

-- verdict: safe
ALTER TYPE order_status ADD VALUE 'cancelled';

-- verdict: hazard enum-value-in-transaction
UPDATE orders SET status = 'cancelled' WHERE id = 42;

-- verdict: safe
COMMIT;
