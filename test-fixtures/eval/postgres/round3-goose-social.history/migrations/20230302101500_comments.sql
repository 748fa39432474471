-- +goose Up
-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
CREATE TABLE comments (
    id         bigserial PRIMARY KEY,
    post_id    bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id  bigint NOT NULL REFERENCES users (id),
    body       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX comments_post_id_idx ON comments (post_id);

-- verdict: safe
ALTER TABLE posts ADD COLUMN comment_count integer NOT NULL DEFAULT 0;

-- verdict: safe
-- +goose StatementBegin
CREATE FUNCTION bump_comment_count() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE posts SET comment_count = comment_count + 1 WHERE id = NEW.post_id;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

-- verdict: safe
CREATE TRIGGER comments_bump AFTER INSERT ON comments
    FOR EACH ROW EXECUTE FUNCTION bump_comment_count();

-- +goose Down
DROP TRIGGER comments_bump ON comments;
DROP FUNCTION bump_comment_count();
ALTER TABLE posts DROP COLUMN comment_count;
DROP TABLE comments;
