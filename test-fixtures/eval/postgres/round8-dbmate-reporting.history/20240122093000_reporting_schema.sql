-- migrate:up
-- verdict: safe
CREATE SCHEMA IF NOT EXISTS reporting;

-- verdict: safe
CREATE VIEW reporting.daily_revenue AS
SELECT date_trunc('day', o.placed_at) AS day,
       count(*)                       AS orders,
       sum(o.total)                   AS revenue
FROM orders o
GROUP BY 1;

-- migrate:down
