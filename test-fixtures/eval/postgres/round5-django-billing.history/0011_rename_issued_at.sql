-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Rename field issued_at on invoice to issued_on
--
-- verdict: hazard rename-column
ALTER TABLE "billing_invoice" RENAME COLUMN "issued_at" TO "issued_on";
-- verdict: safe
COMMIT;
