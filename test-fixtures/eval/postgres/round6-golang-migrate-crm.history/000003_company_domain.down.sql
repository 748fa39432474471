DROP INDEX IF EXISTS companies_domain_key;
