-- fixture: --select enum-value-in-transaction
BEGIN;
ALTER TYPE order_status ADD VALUE 'refunded';
-- expect: enum-value-in-transaction
UPDATE orders SET status = 'refunded' WHERE refunded_at IS NOT NULL;
-- expect: enum-value-in-transaction
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'refunded';
UPDATE orders SET status = 'shipped' WHERE shipped_at IS NOT NULL;
COMMIT;

-- after the commit the value is usable
UPDATE orders SET status = 'refunded' WHERE id = 42;

ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'lost';
INSERT INTO orders (id, status) VALUES (1, 'lost');

BEGIN;
CREATE TYPE mood AS ENUM ('sad', 'ok');
ALTER TYPE mood ADD VALUE 'happy';
CREATE TABLE people (id bigint PRIMARY KEY, current_mood mood NOT NULL DEFAULT 'happy');
COMMIT;
