-- A lone statement: golang-migrate sends it alone, outside any transaction block.
-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_open_idx
    ON billing.invoices (status) WHERE status <> 'paid';
