--
-- Concurrently create index billing_inv_custome_8a1b2c_idx on field(s) customer, issued_at of model invoice
--
-- verdict: safe
CREATE INDEX CONCURRENTLY "billing_inv_custome_8a1b2c_idx" ON "billing_invoice" ("customer_id", "issued_at");
--
-- Concurrently remove index billing_invoice_customer_id_3d9f01aa from invoice
--
-- verdict: safe
DROP INDEX CONCURRENTLY IF EXISTS "billing_invoice_customer_id_3d9f01aa";
