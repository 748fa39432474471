-- Dropping an enum value: rename the old type away, create the new one under the name, convert through text.
-- Every row is rewritten and tickets_status_idx rebuilt under ACCESS EXCLUSIVE.
ALTER TYPE ticket_status RENAME TO ticket_status_old;
CREATE TYPE ticket_status AS ENUM ('new', 'open', 'closed');
ALTER TABLE tickets ALTER COLUMN status DROP DEFAULT;
-- expect: column-type-change-rewrite
ALTER TABLE tickets ALTER COLUMN status TYPE ticket_status USING status::text::ticket_status;
ALTER TABLE tickets ALTER COLUMN status SET DEFAULT 'new';
DROP TYPE ticket_status_old;
