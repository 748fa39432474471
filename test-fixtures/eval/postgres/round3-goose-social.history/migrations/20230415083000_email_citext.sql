-- +goose Up
-- verdict: safe
SET lock_timeout = '2s';

-- text -> citext is binary coercible (no table rewrite) but the operator class changes, so the
-- unique index users_email_key is rebuilt under ACCESS EXCLUSIVE.
-- verdict: hazard index-rebuild
ALTER TABLE users ALTER COLUMN email TYPE citext;

-- +goose Down
ALTER TABLE users ALTER COLUMN email TYPE text;
