-- fixture: --assume-in-transaction
-- verdict: safe
CREATE TYPE ticket_state AS ENUM ('open', 'closed');

-- verdict: safe
CREATE TABLE agents (id bigserial PRIMARY KEY, name text NOT NULL);

-- verdict: safe
CREATE TABLE tickets (
    id           bigserial PRIMARY KEY,
    title        text NOT NULL,
    state        ticket_state NOT NULL DEFAULT 'open',
    assignee_id  bigint
);
