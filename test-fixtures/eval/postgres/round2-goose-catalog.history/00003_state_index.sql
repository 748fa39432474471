-- +goose NO TRANSACTION
-- +goose Up
-- verdict: safe
ALTER TYPE product_state ADD VALUE IF NOT EXISTS 'archived';
-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS products_state_idx ON products (state);
-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY products_sku_lower_key ON products (lower(sku));
-- verdict: safe
DROP INDEX CONCURRENTLY IF EXISTS products_sku_key;
-- verdict: safe
REINDEX INDEX CONCURRENTLY products_pkey;

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS products_state_idx;
DROP INDEX CONCURRENTLY IF EXISTS products_sku_lower_key;
