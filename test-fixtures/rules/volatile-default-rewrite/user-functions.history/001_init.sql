-- fixture: --select volatile-default-rewrite
CREATE TABLE accounts (id bigint PRIMARY KEY, name text);
CREATE FUNCTION new_token() RETURNS text AS $$ SELECT md5(clock_timestamp()::text) $$ LANGUAGE sql;
CREATE OR REPLACE FUNCTION app.default_region() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'eu' $$;
CREATE FUNCTION tenant_setting() RETURNS text AS 'SELECT current_setting(''app.tenant'')' LANGUAGE sql STABLE PARALLEL SAFE;
-- the word STABLE inside the body is no attribute: still VOLATILE
CREATE FUNCTION label_of() RETURNS text AS $$ SELECT 'STABLE' $$ LANGUAGE sql;
