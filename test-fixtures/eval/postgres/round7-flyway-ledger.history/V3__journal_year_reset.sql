-- verdict: safe
SET lock_timeout = '4s';

-- verdict: safe
ALTER TABLE journals ADD COLUMN fiscal_year smallint;

-- "journal numbers restart every fiscal year" -- but journals.no is still the primary key
-- verdict: hazard breaks-running-app
ALTER SEQUENCE journal_no_seq RESTART WITH 1;
