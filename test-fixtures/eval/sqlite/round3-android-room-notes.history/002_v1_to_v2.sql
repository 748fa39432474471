-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `pinned` INTEGER NOT NULL DEFAULT 0;
-- verdict: safe
CREATE TABLE IF NOT EXISTS `tags` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `label` TEXT NOT NULL);
-- verdict: safe
CREATE UNIQUE INDEX IF NOT EXISTS `index_tags_label` ON `tags` (`label`);
-- verdict: safe
CREATE TABLE IF NOT EXISTS `note_tags` (`note_id` INTEGER NOT NULL, `tag_id` INTEGER NOT NULL, PRIMARY KEY(`note_id`, `tag_id`), FOREIGN KEY(`note_id`) REFERENCES `notes`(`id`) ON UPDATE NO ACTION ON DELETE CASCADE , FOREIGN KEY(`tag_id`) REFERENCES `tags`(`id`) ON UPDATE NO ACTION ON DELETE CASCADE );
-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_note_tags_tag_id` ON `note_tags` (`tag_id`);
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f');
