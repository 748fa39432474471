-- flyway:executeInTransaction=false
-- verdict: safe
SET statement_timeout = 0;

-- verdict: safe
CREATE INDEX CONCURRENTLY pick_lists_stock_item_id_idx ON pick_lists (stock_item_id);

-- verdict: safe
DROP INDEX CONCURRENTLY IF EXISTS stock_items_sku_idx;

-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY stock_items_wh_sku_key ON stock_items (warehouse_id, sku);
