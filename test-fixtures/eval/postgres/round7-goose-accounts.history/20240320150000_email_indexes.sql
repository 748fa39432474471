-- +goose NO TRANSACTION
-- +goose Up
-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_email_lower_key ON accounts (lower(email::text));

-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS account_events_account_created_idx
    ON account_events (account_id, created_at DESC) INCLUDE (kind);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS account_events_account_created_idx;

DROP INDEX CONCURRENTLY IF EXISTS accounts_email_lower_key;
