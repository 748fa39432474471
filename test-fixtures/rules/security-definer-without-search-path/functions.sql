-- fixture: --select security-definer-without-search-path
-- expect: security-definer-without-search-path
CREATE FUNCTION delete_user(uid bigint) RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
  DELETE FROM users WHERE id = uid
$$;

-- expect: security-definer-without-search-path
ALTER FUNCTION delete_user(bigint) SECURITY DEFINER;

-- expect: security-definer-without-search-path
CREATE OR REPLACE PROCEDURE p() LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  SET search_path = pg_catalog; -- too late: names in the body were already resolved
END $$;

CREATE FUNCTION safe(uid bigint) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  DELETE FROM public.users WHERE id = uid
$$;
ALTER FUNCTION delete_user(bigint) SECURITY DEFINER SET search_path = pg_catalog, pg_temp;
CREATE FUNCTION invoker() RETURNS int LANGUAGE sql SECURITY INVOKER AS $$ SELECT 1 $$;
CREATE FUNCTION comment_only() RETURNS text LANGUAGE sql AS $$ SELECT 'SECURITY DEFINER' $$;
