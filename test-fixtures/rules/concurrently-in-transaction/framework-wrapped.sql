-- fixture: --select concurrently-in-transaction --assume-in-transaction
-- The migration tool wraps the file in a transaction: no BEGIN needed to fail.
-- expect: concurrently-in-transaction
CREATE UNIQUE INDEX CONCURRENTLY index_users_on_email ON users (email);
