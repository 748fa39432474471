-- fixture: --select missing-lock-timeout
-- None of these block reads or writes of an existing table.
CREATE INDEX CONCURRENTLY index_orders_on_user_id ON orders (user_id);
ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user;
ALTER TABLE orders ALTER COLUMN status SET STATISTICS 1000;
UPDATE orders SET status = 'pending' WHERE status IS NULL AND id < 10000;
CREATE TABLE refunds (id bigserial PRIMARY KEY, amount_cents integer NOT NULL);
ALTER TABLE refunds ADD COLUMN reason text;
CREATE INDEX refunds_reason_idx ON refunds (reason);
