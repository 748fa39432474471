-- the collation set by the previous migration stays: nothing changes
ALTER TABLE inventory.items ALTER COLUMN sku TYPE varchar(64) COLLATE "C";
ALTER TABLE inventory.items ALTER COLUMN notes TYPE text COLLATE pg_catalog."C";
