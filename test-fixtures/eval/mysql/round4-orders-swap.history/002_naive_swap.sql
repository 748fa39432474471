-- Hand-rolled "online" change of orders.id to BIGINT, done wrong.
-- verdict: safe
CREATE TABLE orders_new LIKE orders;

-- verdict: safe
ALTER TABLE orders_new MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT;

-- One statement copies the whole live table: shared next-key locks on every source row
-- (REPEATABLE READ) for the duration, huge undo, replica lag.
-- verdict: hazard bulk-copy-locks-source
INSERT INTO orders_new SELECT * FROM orders;

-- Rows written to orders after the copy started are not in orders_new: lost on swap.
-- verdict: hazard lost-writes-swap
RENAME TABLE orders TO orders_old, orders_new TO orders;

-- verdict: hazard data-loss
DROP TABLE orders_old;
