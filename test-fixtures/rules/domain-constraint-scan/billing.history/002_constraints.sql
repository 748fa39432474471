SET lock_timeout = '3s';
-- expect: domain-constraint-scan
ALTER DOMAIN postal_code ADD CONSTRAINT postal_code_format CHECK (VALUE ~ '^\d{5}$');
-- NOT VALID checks new values only
ALTER DOMAIN money_amount ADD CONSTRAINT money_amount_positive CHECK (VALUE > 0) NOT VALID;
-- expect: domain-constraint-scan
ALTER DOMAIN money_amount VALIDATE CONSTRAINT money_amount_positive;
-- expect: domain-constraint-scan
ALTER DOMAIN public.postal_code SET NOT NULL;
ALTER DOMAIN postal_code DROP NOT NULL;
ALTER DOMAIN postal_code DROP CONSTRAINT postal_code_format;
-- no table uses sku_code: nothing to scan
ALTER DOMAIN sku_code ADD CONSTRAINT sku_code_short CHECK (length(VALUE) < 20);
-- a domain the history does not show may be used anywhere
-- expect: domain-constraint-scan
ALTER DOMAIN email_address ADD CHECK (VALUE LIKE '%@%');
ALTER DOMAIN email_address RENAME TO email;
