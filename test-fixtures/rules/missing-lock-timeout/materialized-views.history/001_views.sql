-- fixture: --select missing-lock-timeout
CREATE TABLE shop.orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12, 2) NOT NULL);
CREATE MATERIALIZED VIEW shop.customer_totals AS
    SELECT customer_id, sum(total) AS total FROM shop.orders GROUP BY customer_id;
CREATE UNIQUE INDEX customer_totals_customer_id ON shop.customer_totals (customer_id);
