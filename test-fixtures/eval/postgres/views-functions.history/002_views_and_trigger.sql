-- verdict: safe
CREATE OR REPLACE VIEW active_orders AS
    SELECT id, total_cents, created_at FROM orders WHERE state = 'open';

-- verdict: safe
CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
CREATE TRIGGER orders_set_updated_at
    BEFORE UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- verdict: safe
CREATE MATERIALIZED VIEW order_totals AS
    SELECT date_trunc('day', created_at) AS day, sum(total_cents) AS total
    FROM orders GROUP BY 1
    WITH NO DATA;

-- verdict: safe
CREATE UNIQUE INDEX order_totals_day_idx ON order_totals (day);
