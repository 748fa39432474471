-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
UPDATE tickets SET status = 'pending' WHERE status = 'legacy_hold';

-- verdict: safe
ALTER TYPE ticket_status RENAME TO ticket_status_old;

-- verdict: safe
CREATE TYPE ticket_status AS ENUM ('new', 'open', 'pending', 'closed');

-- verdict: hazard lock-held-for-later-work
ALTER TABLE tickets ALTER COLUMN status DROP DEFAULT;

-- Enum -> other enum through text: every row rewritten, index rebuilt, ACCESS EXCLUSIVE throughout.
-- verdict: hazard enum-swap-rewrite
ALTER TABLE tickets ALTER COLUMN status TYPE ticket_status USING status::text::ticket_status;

-- verdict: safe
ALTER TABLE tickets ALTER COLUMN status SET DEFAULT 'new';

-- verdict: safe
DROP TYPE ticket_status_old;

-- +goose Down
ALTER TYPE ticket_status ADD VALUE 'legacy_hold';
