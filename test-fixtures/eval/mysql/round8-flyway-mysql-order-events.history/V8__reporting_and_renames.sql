-- verdict: safe
SET SESSION lock_wait_timeout = 5;

-- verdict: safe
CREATE OR REPLACE VIEW v_daily_orders AS
SELECT DATE(created_at) AS day, COUNT(*) AS orders, SUM(total_cents) AS revenue_cents
FROM orders
GROUP BY DATE(created_at);

-- trim the 2023 tail in small chunks (the job repeats this until 0 rows)
-- verdict: safe
DELETE FROM order_events WHERE created_at < '2023-06-01' ORDER BY created_at LIMIT 5000;

-- verdict: hazard breaks-running-app
ALTER TABLE orders RENAME COLUMN total_cents TO amount_cents;
