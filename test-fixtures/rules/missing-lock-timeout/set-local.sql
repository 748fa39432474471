-- fixture: --select missing-lock-timeout
BEGIN;
SET LOCAL lock_timeout = '3s';
ALTER TABLE orders ADD COLUMN note text;
COMMIT;
-- SET LOCAL ended with the transaction
-- expect: missing-lock-timeout
ALTER TABLE orders DROP COLUMN legacy_note;
