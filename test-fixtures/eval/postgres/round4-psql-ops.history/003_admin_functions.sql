-- The bodies below contain DDL text; nothing of it runs at CREATE time.
-- verdict: safe
CREATE OR REPLACE FUNCTION app.purge_account(p_id bigint) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    DELETE FROM app.sessions WHERE account_id = p_id;
    DELETE FROM app.accounts WHERE id = p_id;
END
$fn$;

-- verdict: safe
CREATE OR REPLACE FUNCTION app.rotate_partitions() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'DROP TABLE IF EXISTS app.sessions_archive';
    EXECUTE 'ALTER TABLE app.sessions ALTER COLUMN user_agent TYPE varchar(100)';
    EXECUTE 'TRUNCATE app.sessions';
    EXECUTE 'CREATE INDEX sessions_started_at_idx ON app.sessions (started_at)';
END
$$;

-- verdict: safe
CREATE OR REPLACE PROCEDURE app.noop() LANGUAGE sql AS $$ SELECT 1 $$;

-- verdict: safe
COMMENT ON FUNCTION app.rotate_partitions() IS 'Ops only: DROP/ALTER/TRUNCATE inside, never call from migrations';

-- verdict: safe
REVOKE EXECUTE ON FUNCTION app.rotate_partitions() FROM PUBLIC;
