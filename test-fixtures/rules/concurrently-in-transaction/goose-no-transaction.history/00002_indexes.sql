-- +goose NO TRANSACTION
-- +goose Up
-- Outside a block goose sends each statement alone: no transaction block.
CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);

-- A block is one Exec: PostgreSQL runs its statements as one implicit transaction block.
-- +goose StatementBegin
SET lock_timeout = '5s';
-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);
-- +goose StatementEnd

-- The block has committed: alone again.
CREATE INDEX CONCURRENTLY orders_created_idx ON orders (created_at);

-- A block of one statement is sent alone too.
-- +goose StatementBegin
CREATE INDEX CONCURRENTLY orders_id_status_idx ON orders (id, status);
-- +goose StatementEnd

-- +goose Down
DROP INDEX CONCURRENTLY orders_status_idx;
