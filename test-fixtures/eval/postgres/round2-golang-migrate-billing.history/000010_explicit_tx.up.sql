-- verdict: safe
BEGIN;
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: hazard rename-column
ALTER TABLE billing."Accounts" RENAME COLUMN "Email" TO "EmailAddress";
-- verdict: safe
COMMIT;
-- Still one Exec: after COMMIT the rest of the string is a new implicit transaction block.
-- verdict: hazard concurrently-in-transaction
DROP INDEX CONCURRENTLY IF EXISTS billing.invoices_issued_idx;
