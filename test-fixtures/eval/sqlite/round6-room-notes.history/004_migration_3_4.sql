-- verdict: safe
CREATE TABLE IF NOT EXISTS `_new_notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `title` TEXT NOT NULL, `body` TEXT, `folder_id` INTEGER REFERENCES `folders`(`id`) ON DELETE SET NULL, `pinned` INTEGER NOT NULL DEFAULT 0, `remote_id` TEXT, `created_at` INTEGER NOT NULL);
-- verdict: safe
INSERT INTO `_new_notes` (`id`,`title`,`body`,`folder_id`,`pinned`,`remote_id`,`created_at`) SELECT `id`,`title`,`body`,`folder_id`,`pinned`,`remote_id`,`created_at` FROM `notes`;
-- verdict: hazard data-loss
DROP TABLE `notes`;
-- verdict: safe
ALTER TABLE `_new_notes` RENAME TO `notes`;
-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_folder_id` ON `notes` (`folder_id`);
-- verdict: safe
CREATE UNIQUE INDEX IF NOT EXISTS `index_notes_remote_id` ON `notes` (`remote_id`);
-- verdict: safe
PRAGMA foreign_key_check(`notes`);
