-- fixture: --select concurrently-in-transaction
DROP TABLE billing.invoices;
