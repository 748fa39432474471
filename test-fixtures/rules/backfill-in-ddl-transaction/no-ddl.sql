-- fixture: --select backfill-in-ddl-transaction
-- Data-only migrations, or DDL on a new table: nothing held on an existing table.
BEGIN;
UPDATE orders SET status = 'cancelled' WHERE status = 'canceled';
CREATE TABLE order_flags (order_id bigint PRIMARY KEY, flag text);
INSERT INTO order_flags (order_id, flag) SELECT id, 'legacy' FROM orders WHERE legacy;
CREATE INDEX order_flags_flag ON order_flags (flag);
COMMIT;
