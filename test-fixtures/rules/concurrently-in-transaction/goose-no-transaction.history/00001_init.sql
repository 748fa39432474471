-- fixture: --select concurrently-in-transaction
-- +goose Up
CREATE TABLE orders (id bigint PRIMARY KEY, status text, total numeric, created_at timestamptz);

-- +goose Down
DROP TABLE orders;
