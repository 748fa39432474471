-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
CREATE OR REPLACE VIEW customer_zip_report AS
    SELECT zip, count(*) AS n, max(created_at) AS last_signup FROM customers GROUP BY zip;

-- verdict: safe
ALTER DOMAIN positive_money DROP CONSTRAINT IF EXISTS positive_money_positive;

-- verdict: safe
ALTER DOMAIN us_postal_code DROP NOT NULL;

-- verdict: safe
ALTER DOMAIN us_postal_code SET DEFAULT '00000';

-- verdict: safe
ALTER DOMAIN iso_currency RENAME CONSTRAINT iso_currency_check TO iso_currency_format;

-- verdict: safe
REFRESH MATERIALIZED VIEW CONCURRENTLY invoice_totals;

-- verdict: safe
CREATE VIEW invoice_labels AS SELECT id, label FROM invoices WHERE label IS NOT NULL;
