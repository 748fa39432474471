-- verdict: safe
CREATE TABLE tickets (id bigserial PRIMARY KEY, title text NOT NULL, assignee bigint, closed boolean NOT NULL DEFAULT false);
-- verdict: safe
CREATE TABLE ticket_events (id bigserial PRIMARY KEY, ticket_id bigint NOT NULL, kind text NOT NULL);
-- verdict: safe
CREATE FUNCTION ticket_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
