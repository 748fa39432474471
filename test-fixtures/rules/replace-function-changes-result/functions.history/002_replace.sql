-- expect: replace-function-changes-result
CREATE OR REPLACE FUNCTION room_count(p_tenant uuid) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT 1::bigint $$;
-- the same result, written another way (int4 = integer, modifiers ignored): replaced in place
CREATE OR REPLACE FUNCTION app.label(id int8, lang character varying DEFAULT 'de') RETURNS character varying(80)
    LANGUAGE sql AS $$ SELECT 'y' $$;
-- other argument types: a new overload, not a replacement
CREATE OR REPLACE FUNCTION app.label(id text) RETURNS text LANGUAGE sql AS $$ SELECT 'z' $$;
-- expect: replace-function-changes-result
CREATE OR REPLACE FUNCTION active_users() RETURNS users LANGUAGE sql AS $$ SELECT * FROM users LIMIT 1 $$;
-- expect: replace-function-changes-result
CREATE OR REPLACE FUNCTION stats(OUT total bigint, OUT average double precision) LANGUAGE sql AS $$ SELECT 1::bigint, 1.0::float8 $$;
-- expect: replace-function-changes-result
CREATE OR REPLACE FUNCTION pair(a int, b int) RETURNS TABLE (x bigint, y text) LANGUAGE sql AS $$ SELECT a::bigint, 'b' $$;
-- argument names and defaults aside, the same signature and result
CREATE OR REPLACE FUNCTION at_time(timestamptz, timestamptz) RETURNS float8 LANGUAGE sql AS $$ SELECT 2.0 $$;
CREATE OR REPLACE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.x := 1; RETURN NEW; END $$;
-- dropped first: a new function
DROP FUNCTION room_count(uuid);
CREATE OR REPLACE FUNCTION room_count(p_tenant uuid) RETURNS numeric LANGUAGE sql AS $$ SELECT 1.0 $$;
