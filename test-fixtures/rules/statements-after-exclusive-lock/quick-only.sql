-- fixture: --select statements-after-exclusive-lock --assume-in-transaction
-- One table per migration, plus statements that lock nothing else.
ALTER TABLE products ADD COLUMN sku text;
ALTER TABLE products ALTER COLUMN sku SET DEFAULT '';
CREATE FUNCTION products_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
GRANT SELECT ON products TO reporting;
INSERT INTO schema_notes (note) VALUES ('products.sku added');
CREATE INDEX CONCURRENTLY IF NOT EXISTS products_sku_idx ON products (sku);
