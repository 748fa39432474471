-- migrate:up
-- verdict: safe
CREATE MATERIALIZED VIEW reporting.customer_ltv AS
SELECT c.id AS customer_id,
       c.country,
       count(o.id)               AS order_count,
       coalesce(sum(o.total), 0) AS lifetime_value
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.country
WITH DATA;

-- verdict: safe
CREATE UNIQUE INDEX customer_ltv_customer_id_idx ON reporting.customer_ltv (customer_id);

-- migrate:down
