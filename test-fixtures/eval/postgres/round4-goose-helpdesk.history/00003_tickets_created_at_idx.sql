-- +goose Up
-- goose wraps this file in a transaction: CONCURRENTLY fails.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY tickets_created_at_idx ON tickets (created_at);

-- +goose Down
DROP INDEX IF EXISTS tickets_created_at_idx;
