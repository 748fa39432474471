-- verdict: safe
ALTER TABLE products RENAME INDEX products_title_idx TO idx_products_title;

-- verdict: safe
DROP INDEX idx_products_title ON products;

-- verdict: safe
ALTER TABLE products ADD INDEX idx_products_title_lower (title_lower), ALGORITHM=INPLACE, LOCK=NONE;

-- verdict: safe
CREATE INDEX idx_price_history_product ON price_history (product_id, changed_at);

-- SPATIAL index build: in place, but LOCK=SHARED (no concurrent DML).
-- verdict: hazard spatial-index-blocks-writes
ALTER TABLE stores ADD SPATIAL INDEX idx_stores_location (location);

-- verdict: safe
ALTER TABLE products DROP INDEX products_sku_unique, ADD UNIQUE INDEX uq_products_tenant_sku (tenant_id, sku);
