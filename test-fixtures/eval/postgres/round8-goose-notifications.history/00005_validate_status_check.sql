-- +goose Up
-- verdict: safe
ALTER TABLE notifications VALIDATE CONSTRAINT notifications_status_check;

-- +goose Down
