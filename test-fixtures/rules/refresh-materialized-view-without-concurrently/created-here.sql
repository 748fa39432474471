-- fixture: --select refresh-materialized-view-without-concurrently
-- A view created WITH NO DATA must be populated by a plain refresh first; nobody reads it yet.
CREATE MATERIALIZED VIEW top_customers AS
    SELECT customer_id, sum(total) AS spent FROM orders GROUP BY customer_id
WITH NO DATA;
CREATE UNIQUE INDEX top_customers_customer_id ON top_customers (customer_id);
REFRESH MATERIALIZED VIEW top_customers;
