-- fixture: --dialect sqlite --sqlite-version 3.31
-- verdict: safe
CREATE TABLE IF NOT EXISTS `notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `title` TEXT NOT NULL, `body` TEXT, `folder_id` INTEGER, `color` INTEGER NOT NULL DEFAULT 0, `created_at` INTEGER NOT NULL);
-- verdict: safe
CREATE TABLE IF NOT EXISTS `folders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `name` TEXT NOT NULL);
-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_folder_id` ON `notes` (`folder_id`);
-- verdict: safe
CREATE TABLE IF NOT EXISTS `tags` (`id` INTEGER PRIMARY KEY NOT NULL, `label` TEXT NOT NULL);
-- verdict: safe
CREATE TABLE IF NOT EXISTS room_master_table (id INTEGER PRIMARY KEY,identity_hash TEXT);
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, 'a1b2c3');
