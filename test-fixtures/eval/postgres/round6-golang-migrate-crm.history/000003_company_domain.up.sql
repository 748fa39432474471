-- verdict: safe
SET lock_timeout = '3s';
-- verdict: hazard concurrently-in-transaction
CREATE UNIQUE INDEX CONCURRENTLY companies_domain_key ON companies (domain);
