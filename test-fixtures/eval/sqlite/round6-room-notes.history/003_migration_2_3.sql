-- verdict: hazard rename
ALTER TABLE `tags` RENAME COLUMN `label` TO `name`;
-- verdict: hazard unsupported-drop-column
ALTER TABLE `notes` DROP COLUMN `color`;
-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `word_count` INTEGER GENERATED ALWAYS AS (length(`body`)) VIRTUAL;
-- verdict: hazard unsupported-syntax
CREATE TABLE `attachments` (`id` INTEGER PRIMARY KEY, `note_id` INTEGER NOT NULL, `uri` TEXT NOT NULL) STRICT;
-- verdict: safe
INSERT INTO `tags` (`id`, `name`) VALUES (1, 'inbox') ON CONFLICT(`id`) DO UPDATE SET `name` = excluded.`name`;
