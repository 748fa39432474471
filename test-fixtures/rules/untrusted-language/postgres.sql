-- fixture: --select untrusted-language
-- expect: untrusted-language
CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS $$ return 1 $$;

-- expect: untrusted-language
CREATE OR REPLACE FUNCTION g() RETURNS int AS $$ return 1; $$ LANGUAGE "plperlu";

-- expect: untrusted-language
DO LANGUAGE pltclu $$ exec ls $$;

-- expect: untrusted-language
CREATE EXTENSION plpython3u;

-- expect: untrusted-language
CREATE FUNCTION h(int) RETURNS int AS 'mylib', 'h' LANGUAGE C STRICT;

CREATE FUNCTION ok() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
CREATE FUNCTION ok2() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION ok3() RETURNS int LANGUAGE plperl AS $$ return 1; $$;
DO $$ BEGIN RAISE NOTICE 'LANGUAGE plpython3u'; END $$;
