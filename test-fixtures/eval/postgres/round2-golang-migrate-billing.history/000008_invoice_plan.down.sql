ALTER TABLE billing.invoices DROP COLUMN plan_code;
