-- fixture: --dialect sqlite --select transaction-nesting
-- no framework transaction: the file's own BEGIN/COMMIT is the transaction
BEGIN;
UPDATE items SET qty = qty + 1 WHERE id = 7;
COMMIT;
