-- Room auto-migration rebuilding folders (adds a nullable color column), every existing column carried over.
-- verdict: safe
CREATE TABLE IF NOT EXISTS `_new_folders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `name` TEXT NOT NULL, `created_at` INTEGER NOT NULL, `sort_order` INTEGER NOT NULL DEFAULT 0, `icon` TEXT DEFAULT 'folder', `synced_at` TEXT, `color` TEXT);
-- verdict: safe
INSERT INTO `_new_folders` (`id`,`name`,`created_at`,`sort_order`,`icon`,`synced_at`) SELECT `id`,`name`,`created_at`,`sort_order`,`icon`,`synced_at` FROM `folders`;
-- verdict: safe
DROP TABLE `folders`;
-- verdict: safe
ALTER TABLE `_new_folders` RENAME TO `folders`;
-- verdict: safe
PRAGMA foreign_key_check(`folders`);
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d');
