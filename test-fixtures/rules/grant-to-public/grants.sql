-- fixture: --select grant-to-public
-- expect: grant-to-public
GRANT SELECT ON users TO PUBLIC;

-- expect: grant-to-public
GRANT EXECUTE ON FUNCTION f() TO app, public;

-- expect: grant-to-public
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO PUBLIC;

GRANT USAGE ON SCHEMA public TO app;
GRANT SELECT ON public.users TO reporting;
REVOKE ALL ON users FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
