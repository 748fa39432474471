-- verdict: safe
SET lock_timeout = '5s';
-- PostgreSQL 10 ignores the validated CHECK and scans the table under ACCESS EXCLUSIVE.
-- verdict: hazard not-null-scan
ALTER TABLE orders ALTER COLUMN total SET NOT NULL;
