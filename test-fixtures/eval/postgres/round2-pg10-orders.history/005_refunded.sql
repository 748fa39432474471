-- verdict: safe
BEGIN;
-- verdict: hazard enum-add-value-in-transaction
ALTER TYPE order_status ADD VALUE 'refunded';
-- verdict: safe
COMMIT;
