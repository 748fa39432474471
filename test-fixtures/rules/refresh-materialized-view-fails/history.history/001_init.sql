-- fixture: --select refresh-materialized-view-fails
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total numeric);
CREATE MATERIALIZED VIEW customer_totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
CREATE MATERIALIZED VIEW daily_totals AS SELECT 1 AS day, sum(total) AS total FROM orders;
CREATE UNIQUE INDEX daily_totals_day ON daily_totals (day);
