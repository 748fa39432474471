ALTER TABLE billing.invoices DROP COLUMN paid_at;
