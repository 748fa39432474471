-- verdict: safe
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

-- verdict: safe
CREATE SCHEMA IF NOT EXISTS reporting;

-- verdict: safe
GRANT USAGE ON SCHEMA reporting TO analyst;

-- verdict: safe
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO analyst;

-- verdict: safe
COMMENT ON TABLE orders IS 'Customer orders; one row per checkout';

-- verdict: safe
CREATE OR REPLACE VIEW reporting.daily_orders AS
    SELECT date_trunc('day', created_at) AS day, count(*) AS n FROM orders GROUP BY 1;

-- verdict: safe
CREATE OR REPLACE FUNCTION reporting.order_count(since timestamptz) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT count(*) FROM orders WHERE created_at >= since;
$$;

-- verdict: safe
GRANT EXECUTE ON FUNCTION reporting.order_count(timestamptz) TO analyst;
