-- a plain REFRESH takes ACCESS EXCLUSIVE: reads of the view wait behind it
-- expect: missing-lock-timeout
REFRESH MATERIALIZED VIEW shop.customer_totals;
