-- +goose Up
-- verdict: safe
ALTER TYPE ticket_status ADD VALUE IF NOT EXISTS 'escalated' BEFORE 'closed';

-- +goose Down
SELECT 1;
