-- verdict: safe
BEGIN;
--
-- Alter field number on invoice
--
-- verdict: hazard unique-constraint-on-live-table
ALTER TABLE "billing_invoice" ADD CONSTRAINT "billing_invoice_number_7c1e9a40_uniq" UNIQUE ("number");
-- verdict: hazard index-without-concurrently
CREATE INDEX "billing_invoice_number_7c1e9a40_like" ON "billing_invoice" ("number" varchar_pattern_ops);
-- verdict: safe
COMMIT;
