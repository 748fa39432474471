-- fixture: --select concurrently-in-transaction
-- A plain file run statement by statement (psql, golang-migrate with no transaction).
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_user ON orders (user_id);
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_user_old;
REINDEX TABLE CONCURRENTLY orders;
BEGIN;
CREATE INDEX idx_tmp ON orders (status);
COMMIT;
