-- verdict: safe
BEGIN;

-- Running upgrade 5e6f708192a3 -> 6f708192a3b4

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: safe
CREATE TABLE stock_audit (
    id BIGSERIAL NOT NULL, 
    stock_item_id INTEGER NOT NULL, 
    old_qty INTEGER, 
    new_qty INTEGER, 
    changed_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id)
);

-- verdict: safe
CREATE OR REPLACE FUNCTION stock_items_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.qty IS DISTINCT FROM OLD.qty THEN
        INSERT INTO stock_audit (stock_item_id, old_qty, new_qty) VALUES (OLD.id, OLD.qty, NEW.qty);
    END IF;
    RETURN NEW;
END;
$$;

-- verdict: safe
CREATE TRIGGER stock_items_audit AFTER UPDATE OF qty ON stock_items FOR EACH ROW EXECUTE PROCEDURE stock_items_audit();

-- verdict: safe
ALTER TABLE stock_items ADD COLUMN note TEXT, ADD COLUMN checked_on DATE;

-- verdict: safe
UPDATE alembic_version SET version_num='6f708192a3b4' WHERE alembic_version.version_num = '5e6f708192a3';

-- verdict: safe
COMMIT;
