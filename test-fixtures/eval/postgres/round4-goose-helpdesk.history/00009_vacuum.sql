-- +goose NO TRANSACTION
-- +goose Up
-- verdict: safe
VACUUM (ANALYZE) ticket_events;

-- verdict: safe
VACUUM (ANALYZE, SKIP_LOCKED) tickets;

-- +goose Down
SELECT 1;
