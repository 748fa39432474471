DROP INDEX CONCURRENTLY IF EXISTS billing.invoices_issued_idx;
