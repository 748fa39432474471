-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
ALTER TYPE notification_channel ADD VALUE IF NOT EXISTS 'webhook';

-- verdict: safe
ALTER TABLE notifications ADD COLUMN read_at timestamptz;

-- verdict: safe
ALTER TABLE notifications ADD COLUMN priority smallint NOT NULL DEFAULT 0;

-- +goose Down
