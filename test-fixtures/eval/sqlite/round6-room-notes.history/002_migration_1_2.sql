-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `pinned` INTEGER NOT NULL DEFAULT 0;
-- verdict: hazard add-column-not-null-no-default
ALTER TABLE `notes` ADD COLUMN `updated_at` INTEGER NOT NULL;
-- verdict: hazard add-column-non-constant-default
ALTER TABLE `notes` ADD COLUMN `synced_at` TEXT DEFAULT CURRENT_TIMESTAMP;
-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `remote_id` TEXT DEFAULT NULL;
-- verdict: hazard add-column-unique
ALTER TABLE `folders` ADD COLUMN `slug` TEXT UNIQUE;
-- verdict: safe
CREATE UNIQUE INDEX IF NOT EXISTS `index_notes_remote_id` ON `notes` (`remote_id`);
-- verdict: safe
ALTER TABLE `folders` ADD COLUMN `sort_key` INTEGER NOT NULL DEFAULT -1;
