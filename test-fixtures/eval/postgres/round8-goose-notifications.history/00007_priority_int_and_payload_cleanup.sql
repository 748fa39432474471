-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: hazard blocks-writes
CREATE UNIQUE INDEX users_lower_email_idx ON users (lower(email));

-- verdict: hazard table-rewrite
ALTER TABLE notifications ALTER COLUMN priority TYPE integer;

-- verdict: hazard unbatched-backfill
UPDATE notifications SET payload = payload - 'legacy_template' WHERE payload ? 'legacy_template';

-- +goose Down
