-- verdict: safe
CREATE OR REPLACE FUNCTION stock_items_touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- No lock_timeout in this migration.
-- verdict: hazard missing-lock-timeout
CREATE TRIGGER stock_items_touch BEFORE UPDATE ON stock_items FOR EACH ROW EXECUTE FUNCTION stock_items_touch();

-- verdict: safe
GRANT SELECT ON stock_items TO reporting;
