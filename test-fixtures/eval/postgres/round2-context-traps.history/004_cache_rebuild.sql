-- verdict: safe
SET lock_timeout = '2s';
-- verdict: hazard data-loss
DROP TABLE IF EXISTS app.report_cache;
-- verdict: safe
CREATE TABLE app.report_cache (k text PRIMARY KEY, v jsonb, computed_at timestamptz NOT NULL DEFAULT clock_timestamp());
-- verdict: safe
CREATE INDEX report_cache_computed_idx ON app.report_cache (computed_at);
-- verdict: safe
ALTER TABLE app.report_cache ALTER COLUMN v SET NOT NULL;
-- verdict: safe
TRUNCATE app.report_cache;
-- verdict: safe
CREATE TABLE app.order_totals AS
    SELECT "CustomerId" AS customer_id, sum("Total") AS total FROM app."Orders" GROUP BY "CustomerId";
-- verdict: safe
CREATE UNIQUE INDEX order_totals_customer_key ON app.order_totals (customer_id);
-- verdict: safe
ALTER TABLE app.order_totals RENAME TO customer_totals;
-- verdict: safe
ALTER TABLE app.customer_totals RENAME COLUMN total TO lifetime_total;
-- verdict: safe
UPDATE app.customer_totals SET lifetime_total = 0;
-- verdict: safe
DELETE FROM app.feature_flags WHERE name = 'old_checkout';
-- verdict: safe
UPDATE app.feature_flags SET enabled = true WHERE name IN ('new_checkout', 'fast_search');
