-- verdict: safe
SET lock_timeout = '5s';
-- Two statements in one Exec: PostgreSQL runs them as one implicit transaction.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY invoices_issued_idx ON billing.invoices (issued_at);
