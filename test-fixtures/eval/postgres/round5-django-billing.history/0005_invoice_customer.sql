-- verdict: safe
BEGIN;
--
-- Raw SQL operation
--
-- verdict: safe
SET LOCAL lock_timeout = '3s';
--
-- Add field customer to invoice
--
-- verdict: hazard fk-validation
ALTER TABLE "billing_invoice" ADD COLUMN "customer_id" bigint NULL CONSTRAINT "billing_invoice_customer_id_3d9f01aa_fk_billing_customer_id" REFERENCES "billing_customer"("id") DEFERRABLE INITIALLY DEFERRED;
-- verdict: safe
SET CONSTRAINTS "billing_invoice_customer_id_3d9f01aa_fk_billing_customer_id" IMMEDIATE;
-- verdict: hazard index-without-concurrently
CREATE INDEX "billing_invoice_customer_id_3d9f01aa" ON "billing_invoice" ("customer_id");
-- verdict: safe
COMMIT;
