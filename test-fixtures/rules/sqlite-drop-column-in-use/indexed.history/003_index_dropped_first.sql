CREATE INDEX posts_body_idx ON posts (body);
DROP INDEX posts_body_idx;
ALTER TABLE posts DROP COLUMN body;
