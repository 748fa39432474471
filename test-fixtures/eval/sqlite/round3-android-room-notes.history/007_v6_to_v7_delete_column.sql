-- @DeleteColumn(tableName = "notes", columnName = "legacy_color"): the rebuild silently discards the column.
-- verdict: safe
CREATE TABLE IF NOT EXISTS `_new_notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `folder_id` INTEGER, `title` TEXT NOT NULL, `body` TEXT NOT NULL, `color` INTEGER NOT NULL, `updated_at` INTEGER NOT NULL, `pinned` INTEGER NOT NULL DEFAULT 0, FOREIGN KEY(`folder_id`) REFERENCES `folders`(`id`) ON UPDATE NO ACTION ON DELETE SET NULL );
-- verdict: safe
INSERT INTO `_new_notes` (`id`,`folder_id`,`title`,`body`,`color`,`updated_at`,`pinned`) SELECT `id`,`folder_id`,`title`,`body`,`color`,`updated_at`,`pinned` FROM `notes`;
-- verdict: hazard data-loss
DROP TABLE `notes`;
-- verdict: safe
ALTER TABLE `_new_notes` RENAME TO `notes`;
-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_folder_id` ON `notes` (`folder_id`);
-- verdict: safe
PRAGMA foreign_key_check(`notes`);
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e');
