DROP TABLE billing.invoices;
DROP TABLE billing.plans;
DROP TABLE billing."Accounts";
DROP SCHEMA billing;
