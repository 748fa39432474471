-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '5s';
-- verdict: safe
ALTER TABLE "billing_customer" ADD CONSTRAINT "billing_customer_phone_nn" CHECK ("phone" IS NOT NULL) NOT VALID;
-- verdict: safe
COMMIT;
