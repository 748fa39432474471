-- +goose Up
-- verdict: safe
CREATE MATERIALIZED VIEW user_follow_stats AS
SELECT followee_id AS user_id, count(*) AS follower_count
FROM follows
GROUP BY followee_id;

-- verdict: safe
CREATE UNIQUE INDEX user_follow_stats_user_id_key ON user_follow_stats (user_id);

-- verdict: safe
GRANT SELECT ON user_follow_stats TO social_app;

-- +goose Down
DROP MATERIALIZED VIEW user_follow_stats;
