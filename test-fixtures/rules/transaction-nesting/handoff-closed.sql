-- fixture: --select transaction-nesting,unclosed-transaction --assume-in-transaction
-- The reopened transaction is committed by the file itself: the framework's COMMIT then has nothing to close.
-- expect: transaction-nesting
COMMIT;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_region_idx ON orders (region);
BEGIN;
UPDATE orders SET region = 'eu' WHERE id = 1;
-- expect: transaction-nesting
COMMIT;
