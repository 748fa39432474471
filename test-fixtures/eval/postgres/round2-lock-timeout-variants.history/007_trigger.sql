-- verdict: hazard missing-lock-timeout
CREATE TRIGGER ticket_events_guard BEFORE INSERT ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION ticket_event_guard();
