-- verdict: safe
SET lock_timeout = '3s';

-- Flyway refuses a migration mixing a transactional statement (the SET) with CONCURRENTLY.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY stock_items_sku_idx ON stock_items (sku);
