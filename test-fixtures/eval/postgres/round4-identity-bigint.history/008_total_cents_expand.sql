-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE orders ADD COLUMN total_cents_big bigint;

-- verdict: safe
CREATE OR REPLACE FUNCTION orders_total_cents_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.total_cents_big := NEW.total_cents;
    RETURN NEW;
END
$$;

-- verdict: safe
CREATE TRIGGER orders_total_cents_sync
    BEFORE INSERT OR UPDATE OF total_cents ON orders
    FOR EACH ROW EXECUTE FUNCTION orders_total_cents_sync();
