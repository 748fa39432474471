-- +goose Up
-- Missing "-- +goose NO TRANSACTION": goose runs this inside a transaction.
-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY account_events_kind_idx ON account_events (kind) WHERE kind <> 'login';

-- +goose Down
-- same mistake in the down section (same file, same transaction mode)
DROP INDEX CONCURRENTLY IF EXISTS account_events_kind_idx;
