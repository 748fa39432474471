-- verdict: hazard rename
ALTER TABLE `notes` RENAME COLUMN `body` TO `content`;
-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_updated_at` ON `notes` (`updated_at`);
-- verdict: safe
UPDATE `notes` SET `pinned` = 1 WHERE `id` IN (SELECT `note_id` FROM `note_tags` WHERE `tag_id` = 1);
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a');
