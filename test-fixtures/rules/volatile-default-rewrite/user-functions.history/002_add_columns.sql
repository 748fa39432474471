-- A function created without IMMUTABLE/STABLE is VOLATILE: evaluated per row, so the table is rewritten.
-- expect: volatile-default-rewrite
ALTER TABLE accounts ADD COLUMN token text DEFAULT new_token();
-- expect: volatile-default-rewrite
ALTER TABLE accounts ADD COLUMN label text NOT NULL DEFAULT public.label_of();

-- IMMUTABLE and STABLE functions are evaluated once and stored in the catalog.
ALTER TABLE accounts ADD COLUMN region text DEFAULT app.default_region();
ALTER TABLE accounts ADD COLUMN tenant text DEFAULT tenant_setting();
-- A function the history does not know is not concluded.
ALTER TABLE accounts ADD COLUMN flavour text DEFAULT vendor_flavour();
