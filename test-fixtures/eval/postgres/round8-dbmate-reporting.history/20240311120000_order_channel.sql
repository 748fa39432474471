-- migrate:up
-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE orders ADD COLUMN channel text;

-- verdict: safe
CREATE OR REPLACE VIEW reporting.daily_revenue AS
SELECT date_trunc('day', o.placed_at) AS day,
       count(*)                       AS orders,
       sum(o.total)                   AS revenue,
       count(*) FILTER (WHERE o.channel = 'mobile') AS mobile_orders
FROM orders o
GROUP BY 1;

-- verdict: safe
CREATE FUNCTION orders_default_channel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.channel IS NULL THEN
        NEW.channel := 'web';
    END IF;
    RETURN NEW;
END;
$$;

-- verdict: safe
CREATE TRIGGER orders_default_channel BEFORE INSERT ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_default_channel();

-- migrate:down
