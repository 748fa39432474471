-- verdict: safe
BEGIN;
--
-- Add field paid to invoice
--
-- verdict: hazard missing-lock-timeout
ALTER TABLE "billing_invoice" ADD COLUMN "paid" boolean DEFAULT false NOT NULL;
-- (relabelled in session 10: the running release's INSERTs leave the new NOT NULL column out and fail once its default is gone)
-- verdict: hazard breaks-running-app
ALTER TABLE "billing_invoice" ALTER COLUMN "paid" DROP DEFAULT;
-- verdict: safe
COMMIT;
