DROP INDEX IF EXISTS billing.invoices_issued_idx;
