-- verdict: safe
CREATE INDEX CONCURRENTLY index_registrations_on_event_id ON registrations (event_id);
-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY index_registrations_on_event_and_email ON registrations (event_id, attendee_email);
