-- verdict: safe
BEGIN;
--
-- Add field phone to customer
--
-- verdict: hazard missing-lock-timeout
ALTER TABLE "billing_customer" ADD COLUMN "phone" varchar(32) NULL;
-- verdict: safe
COMMIT;
