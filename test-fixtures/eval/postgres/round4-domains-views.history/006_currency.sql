-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
CREATE DOMAIN iso_currency AS char(3) CHECK (VALUE ~ '^[A-Z]{3}$');

-- A nullable column of a domain WITH constraints: PostgreSQL builds an explicit NULL default
-- coerced to the domain and rewrites the table.
-- verdict: hazard domain-column-rewrite
ALTER TABLE invoices ADD COLUMN currency iso_currency;

-- verdict: safe
CREATE DOMAIN short_label AS varchar(40);

-- A domain without constraints behaves like its base type: metadata only.
-- verdict: safe
ALTER TABLE invoices ADD COLUMN label short_label;
