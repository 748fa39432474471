-- verdict: safe
\set ON_ERROR_STOP on
-- verdict: safe
GRANT USAGE ON SCHEMA app TO app_reader;

-- verdict: safe
GRANT SELECT ON ALL TABLES IN SCHEMA app TO app_reader;

-- verdict: safe
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO app_reader;

-- verdict: safe
ALTER DEFAULT PRIVILEGES FOR ROLE migrator IN SCHEMA app GRANT USAGE, SELECT ON SEQUENCES TO app_writer;

-- verdict: safe
REVOKE DELETE ON app.accounts FROM app_writer;

-- verdict: safe
REVOKE ALL ON SCHEMA public FROM PUBLIC;
