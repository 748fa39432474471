-- fixture: --select transaction-nesting,unclosed-transaction,concurrently-in-transaction --assume-in-transaction
-- COMMIT the framework's transaction, build the index outside any transaction, BEGIN again for the framework
-- to COMMIT: valid, nothing nested and nothing left open.
ALTER TABLE orders ADD COLUMN IF NOT EXISTS region text;
COMMIT;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_region_idx ON orders (region);
BEGIN;
