-- +goose Up
-- verdict: safe
CREATE TYPE ticket_status AS ENUM ('new', 'open', 'pending', 'legacy_hold', 'closed');

-- verdict: safe
CREATE TABLE tickets (
    id         bigserial PRIMARY KEY,
    title      text NOT NULL,
    status     ticket_status NOT NULL DEFAULT 'new',
    priority   smallint NOT NULL DEFAULT 3,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX tickets_status_idx ON tickets (status);

-- verdict: safe
CREATE TABLE ticket_events (
    id         bigserial PRIMARY KEY,
    ticket_id  bigint NOT NULL REFERENCES tickets (id),
    kind       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- +goose Down
DROP TABLE ticket_events;
DROP TABLE tickets;
DROP TYPE ticket_status;
