ALTER TABLE billing.invoices ALTER COLUMN issued_at DROP NOT NULL;
