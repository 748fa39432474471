ALTER TABLE billing.invoices ALTER COLUMN issued_at TYPE timestamp;
