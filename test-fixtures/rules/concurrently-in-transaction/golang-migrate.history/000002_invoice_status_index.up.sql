-- A lone statement: golang-migrate's Exec sends it alone, outside any transaction block.
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_status_idx ON billing.invoices (status);
