-- verdict: safe
CREATE INDEX CONCURRENTLY "Invoice_status_idx" ON "Invoice"("status");
