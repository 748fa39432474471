-- fixture: --select concurrently-in-transaction
BEGIN;
-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY idx_orders_user ON orders (user_id);
-- expect: concurrently-in-transaction
DROP INDEX CONCURRENTLY idx_orders_legacy;
-- expect: concurrently-in-transaction
REINDEX INDEX CONCURRENTLY idx_orders_status;
-- expect: concurrently-in-transaction
ALTER TABLE measurements DETACH PARTITION measurements_y2022 CONCURRENTLY;
-- expect: concurrently-in-transaction
VACUUM ANALYZE orders;
COMMIT;

-- after COMMIT nothing wraps these
CREATE INDEX CONCURRENTLY idx_orders_created ON orders (created_at);
VACUUM ANALYZE orders;
