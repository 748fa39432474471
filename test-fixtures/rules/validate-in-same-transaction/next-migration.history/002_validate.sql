-- The recommended split: the previous migration committed the NOT VALID add.
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_customer_fk;
