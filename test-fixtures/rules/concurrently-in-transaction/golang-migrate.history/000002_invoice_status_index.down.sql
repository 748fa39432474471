DROP INDEX CONCURRENTLY IF EXISTS billing.invoices_status_idx;
