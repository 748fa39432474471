-- verdict: hazard data-loss
DELETE FROM `note_tags`;
-- verdict: hazard data-loss
DROP TABLE `tags`;
-- verdict: safe
CREATE VIEW IF NOT EXISTS `pinned_notes` AS SELECT `id`, `title` FROM `notes` WHERE `pinned` = 1;
-- verdict: safe
PRAGMA user_version = 10;
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b');
