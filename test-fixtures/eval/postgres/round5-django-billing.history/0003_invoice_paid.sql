-- verdict: safe
BEGIN;
--
-- Add field paid to invoice
--
-- verdict: hazard missing-lock-timeout
ALTER TABLE "billing_invoice" ADD COLUMN "paid" boolean DEFAULT false NOT NULL;
-- verdict: safe
ALTER TABLE "billing_invoice" ALTER COLUMN "paid" DROP DEFAULT;
-- verdict: safe
COMMIT;
