-- Runs outside a transaction, so CONCURRENTLY works and writes go on during the build.
SET lock_timeout = '5s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_invoices_issued_at ON invoices (issued_at);
