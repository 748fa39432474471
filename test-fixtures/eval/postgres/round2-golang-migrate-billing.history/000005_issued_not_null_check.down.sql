ALTER TABLE billing.invoices DROP CONSTRAINT invoices_issued_at_nn;
