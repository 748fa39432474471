-- fixture: --dialect sqlite
-- verdict: safe
CREATE TABLE IF NOT EXISTS `folders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `name` TEXT NOT NULL, `created_at` INTEGER NOT NULL);
-- verdict: safe
CREATE TABLE IF NOT EXISTS `notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `folder_id` INTEGER, `title` TEXT NOT NULL, `body` TEXT NOT NULL, `color` INTEGER NOT NULL, `legacy_color` TEXT, `updated_at` INTEGER NOT NULL, FOREIGN KEY(`folder_id`) REFERENCES `folders`(`id`) ON UPDATE NO ACTION ON DELETE SET NULL );
-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_folder_id` ON `notes` (`folder_id`);
-- verdict: safe
CREATE TABLE IF NOT EXISTS room_master_table (id INTEGER PRIMARY KEY,identity_hash TEXT);
-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '6b1f2c0e9d8a7b6c5d4e3f2a1b0c9d8e');
