-- verdict: safe
CREATE SCHEMA IF NOT EXISTS archive;

-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard breaks-running-app
ALTER TABLE customers SET SCHEMA archive;
