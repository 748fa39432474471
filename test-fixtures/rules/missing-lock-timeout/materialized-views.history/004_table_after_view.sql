REFRESH MATERIALIZED VIEW CONCURRENTLY shop.customer_totals;
-- the first lock that stops the application comes later in the file
-- expect: missing-lock-timeout
ALTER TABLE shop.orders ADD COLUMN note text;
