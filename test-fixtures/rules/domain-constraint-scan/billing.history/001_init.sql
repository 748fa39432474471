-- fixture: --select domain-constraint-scan
CREATE DOMAIN postal_code AS text;
CREATE DOMAIN money_amount AS numeric(12,2);
CREATE DOMAIN sku_code AS varchar(32);
CREATE TABLE customers (
    id   bigserial PRIMARY KEY,
    zip  postal_code
);
CREATE TABLE invoices (
    id     bigserial PRIMARY KEY,
    amount money_amount NOT NULL
);
-- a domain created in this migration holds no values yet
ALTER DOMAIN sku_code ADD CONSTRAINT sku_code_format CHECK (VALUE ~ '^[A-Z0-9-]+$');
