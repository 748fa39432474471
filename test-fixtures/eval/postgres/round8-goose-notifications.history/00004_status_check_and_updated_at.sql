-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
ALTER TABLE notifications ADD CONSTRAINT notifications_status_check CHECK (status IN ('pending', 'sent', 'failed')) NOT VALID;

-- verdict: safe
ALTER TABLE notifications ADD COLUMN updated_at timestamptz;

-- +goose StatementBegin
-- verdict: safe
CREATE OR REPLACE FUNCTION notifications_touch_updated_at() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at := now();
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

-- verdict: safe
CREATE TRIGGER notifications_touch_updated_at BEFORE INSERT OR UPDATE ON notifications
    FOR EACH ROW EXECUTE FUNCTION notifications_touch_updated_at();

-- +goose Down
