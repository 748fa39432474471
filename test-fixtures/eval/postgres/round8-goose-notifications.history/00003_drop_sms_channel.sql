-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
ALTER TYPE notification_channel RENAME TO notification_channel_old;

-- verdict: safe
CREATE TYPE notification_channel AS ENUM ('email', 'push', 'webhook');

-- sms rows were moved to push by the app (release 2024.03); the cast would fail otherwise
-- verdict: hazard table-rewrite
ALTER TABLE notifications ALTER COLUMN channel TYPE notification_channel USING channel::text::notification_channel;

-- verdict: safe
DROP TYPE notification_channel_old;

-- +goose Down
