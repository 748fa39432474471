-- +goose NO TRANSACTION
-- +goose Up
-- verdict: safe
REFRESH MATERIALIZED VIEW CONCURRENTLY user_follow_stats;

-- +goose Down
SELECT 1;
