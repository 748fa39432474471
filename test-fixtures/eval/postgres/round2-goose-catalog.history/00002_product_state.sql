-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: safe
ALTER TABLE products ADD COLUMN state product_state;
-- verdict: safe
ALTER TABLE products ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
-- verdict: safe
CREATE TRIGGER products_touch BEFORE UPDATE ON products
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- +goose Down
DROP TRIGGER products_touch ON products;
ALTER TABLE products DROP COLUMN updated_at;
ALTER TABLE products DROP COLUMN state;
