-- +goose Up
-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
ALTER TABLE likes ADD CONSTRAINT likes_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) NOT VALID;

-- verdict: safe
ALTER TABLE likes ADD CONSTRAINT likes_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;

-- +goose Down
ALTER TABLE likes DROP CONSTRAINT likes_user_id_fkey;
ALTER TABLE likes DROP CONSTRAINT likes_post_id_fkey;
