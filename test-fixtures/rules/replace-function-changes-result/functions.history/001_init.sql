-- fixture: --select replace-function-changes-result
CREATE FUNCTION room_count(p_tenant uuid) RETURNS integer LANGUAGE sql STABLE AS $$ SELECT 1 $$;
CREATE FUNCTION app.label(id bigint, lang varchar(5) DEFAULT 'en') RETURNS varchar(40) LANGUAGE sql AS $$ SELECT 'x' $$;
CREATE OR REPLACE FUNCTION active_users() RETURNS SETOF users LANGUAGE sql AS $$ SELECT * FROM users $$;
CREATE FUNCTION stats(OUT total bigint, OUT average numeric) LANGUAGE sql AS $$ SELECT 1::bigint, 1.0 $$;
CREATE FUNCTION pair(a integer, b integer) RETURNS TABLE (x integer, y text) LANGUAGE sql AS $$ SELECT a, 'b' $$;
CREATE FUNCTION at_time(ts timestamp with time zone, "time" timestamptz) RETURNS double precision LANGUAGE sql AS $$ SELECT 1.0 $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
