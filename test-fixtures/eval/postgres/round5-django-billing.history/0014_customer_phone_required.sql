-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
--
-- Alter field phone on customer
--
-- verdict: safe
ALTER TABLE "billing_customer" ALTER COLUMN "phone" SET NOT NULL;
-- verdict: safe
ALTER TABLE "billing_customer" DROP CONSTRAINT "billing_customer_phone_nn";
-- verdict: safe
COMMIT;
