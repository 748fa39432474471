-- +goose Up
-- Plain refresh: ACCESS EXCLUSIVE on the materialized view for the whole recomputation, reads block.
-- verdict: hazard blocking-refresh
REFRESH MATERIALIZED VIEW user_follow_stats;

-- +goose Down
SELECT 1;
