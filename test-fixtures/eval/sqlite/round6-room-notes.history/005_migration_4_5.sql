-- verdict: safe
PRAGMA foreign_keys = ON;
-- verdict: hazard add-column-fk-default
ALTER TABLE `notes` ADD COLUMN `owner_folder` INTEGER NOT NULL DEFAULT 1 REFERENCES `folders`(`id`);
-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `archive_folder` INTEGER DEFAULT NULL REFERENCES `folders`(`id`);
-- verdict: hazard upsert-without-unique
INSERT INTO `folders` (`name`) VALUES ('Archive') ON CONFLICT(`name`) DO NOTHING;
-- verdict: hazard unsupported-syntax
UPDATE `notes` SET `folder_id` = f.`id` FROM `folders` AS f WHERE f.`name` = 'Archive' AND `notes`.`pinned` = 2;
-- verdict: safe
CREATE VIEW IF NOT EXISTS `pinned_notes` AS SELECT `id`, `title` FROM `notes` WHERE `pinned` = 1;
-- verdict: safe
DROP INDEX IF EXISTS `index_notes_folder_id`;
