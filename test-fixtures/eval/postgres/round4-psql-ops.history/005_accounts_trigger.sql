-- verdict: safe
\set ON_ERROR_STOP on
-- verdict: safe
SET statement_timeout = '30s';

-- statement_timeout is no lock timeout: the trigger's SHARE ROW EXCLUSIVE wait queues all writers.
-- verdict: hazard missing-lock-timeout
CREATE TRIGGER accounts_audit AFTER UPDATE ON app.accounts
    FOR EACH ROW EXECUTE FUNCTION app.sessions_cap();

-- verdict: safe
ALTER TABLE app.accounts ALTER COLUMN plan SET DEFAULT 'trial';
