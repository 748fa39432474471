-- migrate:up transaction:false
-- verdict: safe
REFRESH MATERIALIZED VIEW CONCURRENTLY reporting.customer_ltv;

-- migrate:down
