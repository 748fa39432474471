-- fixture: --select missing-lock-timeout
-- CREATE TRIGGER takes SHARE ROW EXCLUSIVE on its table: writes queue behind it while it waits.
CREATE OR REPLACE FUNCTION ticket_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.kind IS NULL THEN
        RAISE EXCEPTION 'kind is required';
    END IF;
    RETURN NEW;
END;
$$;

-- expect: missing-lock-timeout
CREATE TRIGGER ticket_events_guard BEFORE INSERT OR UPDATE OF kind ON support.ticket_events
    FOR EACH ROW EXECUTE FUNCTION ticket_event_guard();
