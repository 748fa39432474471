-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '2s';

-- +goose StatementBegin
-- verdict: safe
CREATE FUNCTION ticket_events_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE tickets SET updated_at = now() WHERE id = NEW.ticket_id;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

-- verdict: safe
CREATE TRIGGER ticket_events_bump AFTER INSERT ON ticket_events
    FOR EACH ROW EXECUTE FUNCTION ticket_events_bump();

-- +goose Down
DROP TRIGGER ticket_events_bump ON ticket_events;
DROP FUNCTION ticket_events_bump();
