-- fixture: --dialect sqlite --assume-in-transaction --select transaction-nesting
-- the framework already opened a transaction: SQLite refuses a second BEGIN
-- expect: transaction-nesting
BEGIN;
UPDATE items SET qty = qty + 1 WHERE id = 7;
-- expect: transaction-nesting
COMMIT;
