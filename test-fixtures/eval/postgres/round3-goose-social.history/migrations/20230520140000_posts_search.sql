-- +goose NO TRANSACTION
-- +goose Up
-- verdict: safe
CREATE INDEX CONCURRENTLY posts_body_fts_idx ON posts USING gin (to_tsvector('english', body));

-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS likes_post_id_idx ON likes (post_id);

-- +goose Down
DROP INDEX CONCURRENTLY IF EXISTS likes_post_id_idx;
DROP INDEX CONCURRENTLY IF EXISTS posts_body_fts_idx;
