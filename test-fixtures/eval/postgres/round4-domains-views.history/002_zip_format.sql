-- verdict: safe
SET lock_timeout = '3s';

-- Every column of type us_postal_code (customers.zip, millions of rows) is checked right now.
-- verdict: hazard domain-constraint-validation
ALTER DOMAIN us_postal_code ADD CONSTRAINT us_postal_code_format CHECK (VALUE ~ '^\d{5}(-\d{4})?$');
