-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS stock_items_sku_idx ON stock_items (sku);
