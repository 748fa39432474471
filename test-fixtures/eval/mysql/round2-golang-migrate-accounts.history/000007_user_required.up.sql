-- verdict: safe
ALTER TABLE users ADD COLUMN locale VARCHAR(10) NOT NULL DEFAULT 'en';
-- verdict: hazard not-null-without-default
ALTER TABLE users ADD COLUMN region VARCHAR(10) NOT NULL;
-- verdict: hazard not-null-conversion
ALTER TABLE orders MODIFY country_code CHAR(2) NOT NULL;
-- verdict: safe
ALTER TABLE users ADD COLUMN email_domain VARCHAR(60) AS (SUBSTRING_INDEX(email, '@', -1)) VIRTUAL;
-- verdict: hazard table-copy
ALTER TABLE users ADD COLUMN email_lower VARCHAR(100) AS (LOWER(email)) STORED;
