-- fixture: --select statements-after-exclusive-lock
BEGIN;
ALTER TABLE orders ADD COLUMN archived boolean;
-- several quick changes to the same table are normal
ALTER TABLE orders ADD COLUMN archived_at timestamptz;
ALTER TABLE orders ADD CONSTRAINT fk_orders_archiver FOREIGN KEY (archived_by) REFERENCES users (id) NOT VALID;
COMMENT ON COLUMN orders.archived IS 'set by the archiver job';
CREATE TABLE order_archive_runs (id bigserial PRIMARY KEY, ran_at timestamptz NOT NULL);
CREATE INDEX order_archive_runs_ran_at ON order_archive_runs (ran_at);
-- quick catalog changes to other tables only take their lock for a moment
ALTER TABLE customers ADD COLUMN archived_orders integer;
-- expect: statements-after-exclusive-lock
UPDATE invoices SET archived = true WHERE issued_at < '2020-01-01';
-- reported once per transaction
UPDATE customers SET archived_orders = 0;
COMMIT;

ALTER TABLE invoices ADD COLUMN paid boolean;
ALTER TABLE payments ADD COLUMN refunded boolean;
