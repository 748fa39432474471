SET lock_timeout = '5s';
-- same type and collation, or a new collation on a column without an index: catalog only
ALTER TABLE inventory.items ALTER COLUMN notes TYPE text COLLATE "C";
ALTER TABLE inventory.items ALTER COLUMN barcode TYPE text COLLATE "C";
ALTER TABLE inventory.items ALTER COLUMN sku TYPE varchar(64);

-- a new sort order: items_sku_key is rebuilt under ACCESS EXCLUSIVE
-- expect: column-type-change-rewrite
ALTER TABLE inventory.items ALTER COLUMN sku TYPE varchar(64) COLLATE "C";

-- expect: column-type-change-rewrite
ALTER TABLE inventory.items ALTER COLUMN title SET DATA TYPE text COLLATE "en-US-x-icu";

-- without COLLATE the column goes back to the default collation: the UNIQUE constraint's index is rebuilt
-- expect: column-type-change-rewrite
ALTER TABLE inventory.items ALTER COLUMN barcode TYPE text;
