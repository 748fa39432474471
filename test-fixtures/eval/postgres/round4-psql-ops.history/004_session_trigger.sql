-- verdict: safe
\set ON_ERROR_STOP on
-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
CREATE OR REPLACE FUNCTION app.sessions_cap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT count(*) FROM app.sessions WHERE account_id = NEW.account_id) > 50 THEN
        RAISE EXCEPTION 'too many sessions';
    END IF;
    RETURN NEW;
END
$$;

-- verdict: safe
CREATE TRIGGER sessions_cap BEFORE INSERT ON app.sessions
    FOR EACH ROW EXECUTE FUNCTION app.sessions_cap();

-- verdict: safe
CREATE OR REPLACE TRIGGER sessions_cap BEFORE INSERT ON app.sessions
    FOR EACH ROW EXECUTE FUNCTION app.sessions_cap();
