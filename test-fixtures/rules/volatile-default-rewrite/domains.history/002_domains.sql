SET lock_timeout = '3s';
CREATE DOMAIN iso_currency AS char(3) CHECK (VALUE ~ '^[A-Z]{3}$');
CREATE DOMAIN short_label AS varchar(40);
CREATE DOMAIN required_note AS text NOT NULL;
-- the NULL default is coerced to the domain and checked row by row: rewrite
-- expect: volatile-default-rewrite
ALTER TABLE invoices ADD COLUMN currency iso_currency;
-- expect: volatile-default-rewrite
ALTER TABLE invoices ADD COLUMN note required_note;
-- a domain without constraints is its base type: metadata only
ALTER TABLE invoices ADD COLUMN label short_label;
-- a constant default is evaluated once
ALTER TABLE invoices ADD COLUMN currency2 iso_currency DEFAULT 'EUR';
-- a new table holds no rows
CREATE TABLE refunds (id bigserial PRIMARY KEY);
ALTER TABLE refunds ADD COLUMN currency iso_currency;
