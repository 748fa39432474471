BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE billing.invoices ADD COLUMN paid_at timestamptz;
COMMIT;
-- Still the same Exec: after the COMMIT the rest of the string is a new implicit block.
-- expect: concurrently-in-transaction
DROP INDEX CONCURRENTLY IF EXISTS billing.invoices_status_idx;
