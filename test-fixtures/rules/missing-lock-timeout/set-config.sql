-- fixture: --select missing-lock-timeout
-- set_config() is SET: is_local = false sets it for the session, true for the transaction (SET LOCAL).
SELECT set_config('lock_timeout', '3s', false);
ALTER TABLE tickets ADD COLUMN reporter bigint;

BEGIN;
SELECT pg_catalog.set_config('lock_timeout', '0', true), set_config('statement_timeout', '1min', true);
-- a lock_timeout of 0 waits forever
-- expect: missing-lock-timeout
ALTER TABLE tickets ADD COLUMN assignee bigint;
COMMIT;
