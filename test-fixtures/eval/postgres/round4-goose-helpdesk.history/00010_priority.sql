-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- smallint -> integer is not binary compatible: rewrite.
-- verdict: hazard type-change-rewrite
ALTER TABLE tickets ALTER COLUMN priority TYPE integer;

-- verdict: safe
ALTER TABLE tickets ADD COLUMN sla_due date DEFAULT current_date + 7;

-- verdict: safe
ALTER TABLE ticket_events ADD COLUMN payload jsonb NOT NULL DEFAULT '{}'::jsonb;

-- +goose Down
SELECT 1;
