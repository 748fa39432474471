-- +goose Up
-- +goose StatementBegin
-- verdict: safe
CREATE OR REPLACE FUNCTION ticket_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

-- No lock_timeout: CREATE TRIGGER waits for SHARE ROW EXCLUSIVE on tickets and queues every writer.
-- verdict: hazard missing-lock-timeout
CREATE TRIGGER tickets_touch BEFORE UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION ticket_touch();

-- +goose Down
DROP TRIGGER tickets_touch ON tickets;
