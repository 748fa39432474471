-- +goose Up
-- verdict: safe
ALTER TABLE likes VALIDATE CONSTRAINT likes_post_id_fkey;

-- verdict: safe
ALTER TABLE likes VALIDATE CONSTRAINT likes_user_id_fkey;

-- +goose Down
SELECT 1;
