DROP INDEX CONCURRENTLY IF EXISTS billing.invoices_open_idx;
