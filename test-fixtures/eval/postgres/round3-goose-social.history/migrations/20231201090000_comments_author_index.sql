-- +goose Up
-- goose wraps this file in a transaction (no NO TRANSACTION annotation): CONCURRENTLY fails.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY comments_author_id_idx ON comments (author_id);

-- +goose Down
DROP INDEX IF EXISTS comments_author_id_idx;
