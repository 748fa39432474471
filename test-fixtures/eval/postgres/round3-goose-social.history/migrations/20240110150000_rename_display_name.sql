-- +goose Up
-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard rename
ALTER TABLE users RENAME COLUMN display_name TO full_name;

-- verdict: safe
ALTER INDEX users_handle_key RENAME TO users_lower_handle_key;

-- +goose Down
ALTER INDEX users_lower_handle_key RENAME TO users_handle_key;
ALTER TABLE users RENAME COLUMN full_name TO display_name;
