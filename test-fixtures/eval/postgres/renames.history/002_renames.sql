-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard breaks-running-app
ALTER TABLE customers RENAME COLUMN fullname TO full_name;

-- verdict: hazard breaks-running-app
ALTER TABLE line_items RENAME TO order_lines;

-- verdict: safe
ALTER INDEX IF EXISTS customers_email_idx RENAME TO customers_email_lookup_idx;
