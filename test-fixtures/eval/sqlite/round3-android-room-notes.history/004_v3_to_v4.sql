-- "Cannot add a column with non-constant default": CURRENT_TIMESTAMP is not allowed in ADD COLUMN.
-- verdict: hazard add-column-rejected
ALTER TABLE `folders` ADD COLUMN `synced_at` TEXT DEFAULT CURRENT_TIMESTAMP;
-- verdict: safe
ALTER TABLE `folders` ADD COLUMN `sort_order` INTEGER NOT NULL DEFAULT 0;
-- verdict: safe
ALTER TABLE `folders` ADD COLUMN `icon` TEXT DEFAULT 'folder';
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b');
