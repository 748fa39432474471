-- fixture: --dialect sqlite --select concurrently-in-transaction
BEGIN;
DELETE FROM expenses WHERE spent_on < '2015-01-01';
-- expect: concurrently-in-transaction
VACUUM;
COMMIT;

-- outside the transaction: allowed
VACUUM;
PRAGMA optimize;
BEGIN TRANSACTION;
REINDEX expenses_account_id;
-- expect: concurrently-in-transaction
VACUUM main;
END;
