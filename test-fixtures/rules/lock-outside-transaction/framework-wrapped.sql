-- fixture: --select lock-outside-transaction --assume-in-transaction
-- The migration tool wraps the file in a transaction: the LOCK holds until its COMMIT.
LOCK TABLE orders IN ROW EXCLUSIVE MODE;
UPDATE orders SET status = 'archived' WHERE id = 3;
