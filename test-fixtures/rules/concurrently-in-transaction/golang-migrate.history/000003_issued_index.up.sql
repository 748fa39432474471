-- Two statements in one Exec: PostgreSQL runs the string as one implicit transaction block.
SET lock_timeout = '5s';
-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY invoices_issued_idx ON billing.invoices (issued_at);
