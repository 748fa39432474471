-- +goose NO TRANSACTION
-- +goose Up
-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_created_at_idx ON tickets (created_at);

-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS ticket_events_ticket_id_idx ON ticket_events (ticket_id);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS ticket_events_ticket_id_idx;
DROP INDEX CONCURRENTLY IF EXISTS tickets_created_at_idx;
