-- +goose Up
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY products_created_idx ON products (created_at);

-- +goose Down
DROP INDEX products_created_idx;
