-- +goose Up
-- verdict: safe
ANALYZE tickets;

-- goose wraps: VACUUM cannot run inside a transaction block.
-- verdict: hazard vacuum-in-transaction
VACUUM ANALYZE ticket_events;

-- +goose Down
SELECT 1;
