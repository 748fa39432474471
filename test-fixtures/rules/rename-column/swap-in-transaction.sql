-- fixture: --select rename-column
-- The int -> bigint cut-over: total_cents_big was added, filled by a trigger and validated in earlier
-- migrations; in one transaction the names are swapped, so total_cents exists before and after.
BEGIN;
SET LOCAL lock_timeout = '3s';
DROP TRIGGER orders_total_cents_sync ON orders;
ALTER TABLE orders RENAME COLUMN total_cents TO total_cents_old;
ALTER TABLE orders RENAME COLUMN total_cents_big TO total_cents;
COMMIT;

-- The same swap split over two transactions: between them there is no total_cents.
BEGIN;
-- expect: rename-column
ALTER TABLE invoices RENAME COLUMN amount_cents TO amount_cents_old;
COMMIT;
BEGIN;
-- expect: rename-column
ALTER TABLE invoices RENAME COLUMN amount_cents_big TO amount_cents;
COMMIT;

-- Outside a transaction block every statement commits on its own.
-- expect: rename-column
ALTER TABLE payments RENAME COLUMN fee_cents TO fee_cents_old;
-- expect: rename-column
ALTER TABLE payments RENAME COLUMN fee_cents_big TO fee_cents;

-- A plain rename in a transaction is still a breaking change.
BEGIN;
-- expect: rename-column
ALTER TABLE customers RENAME COLUMN name TO full_name;
ALTER TABLE customers ADD COLUMN nickname text;
COMMIT;
