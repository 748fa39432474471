--
-- Raw SQL operation (atomic = False)
--
-- verdict: safe
ALTER TABLE "billing_customer" VALIDATE CONSTRAINT "billing_customer_phone_nn";
