-- +goose Up
-- verdict: safe
CREATE TYPE notification_channel AS ENUM ('email', 'sms', 'push');

-- verdict: safe
CREATE TABLE users (
    id         bigserial PRIMARY KEY,
    email      text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE notifications (
    id         bigserial PRIMARY KEY,
    user_id    bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel    notification_channel NOT NULL,
    status     text NOT NULL DEFAULT 'pending',
    payload    jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at    timestamptz
);

-- verdict: safe
CREATE INDEX notifications_user_id_idx ON notifications (user_id);

-- +goose Down
