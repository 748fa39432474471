-- fixture: --select column-type-change-rewrite
CREATE TYPE ticket_status AS ENUM ('new', 'open', 'legacy_hold', 'closed');
CREATE TYPE ticket_priority AS ENUM ('low', 'high');
CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status ticket_status NOT NULL DEFAULT 'new',
    priority ticket_priority NOT NULL DEFAULT 'low',
    subject text NOT NULL
);
CREATE INDEX tickets_status_idx ON tickets (status);
