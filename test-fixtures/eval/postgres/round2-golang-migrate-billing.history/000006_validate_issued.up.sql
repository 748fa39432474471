-- verdict: safe
ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_issued_at_nn;
