-- fixture: --select lock-held-during-later-work
BEGIN;
-- expect: lock-held-during-later-work
ALTER TABLE orders ADD COLUMN archived boolean;
-- reported once, at the statement that took the lock
ALTER TABLE orders ADD COLUMN archived_at timestamptz;
-- expect: lock-held-during-later-work
LOCK TABLE customers IN SHARE MODE;
UPDATE invoices SET archived = true WHERE issued_at < '2020-01-01';
UPDATE orders SET archived = false;
COMMIT;

-- quick work after the lock: the lock is held for a moment only
BEGIN;
ALTER TABLE invoices ADD COLUMN paid boolean;
ALTER TABLE payments ALTER COLUMN refunded SET DEFAULT false;
UPDATE invoices SET paid = true WHERE id = 7;
COMMIT;

-- outside a transaction each statement commits on its own
ALTER TABLE payments ADD COLUMN note text;
UPDATE payments SET note = '';

-- a table created in this migration holds no rows
BEGIN;
CREATE TABLE audit (id bigint PRIMARY KEY, v text);
ALTER TABLE audit ADD COLUMN w text;
UPDATE audit SET w = v;
COMMIT;

BEGIN;
-- expect: lock-held-during-later-work
ALTER TABLE invoices ADD CONSTRAINT invoices_amount_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_amount_positive;
COMMIT;

-- a CONCURRENTLY build fails at once inside a transaction block (reported by concurrently-in-transaction): no work
BEGIN;
ALTER TABLE invoices ADD COLUMN due date;
CREATE INDEX CONCURRENTLY invoices_due ON invoices (due);
COMMIT;
