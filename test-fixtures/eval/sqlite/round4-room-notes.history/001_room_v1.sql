-- Room schema v1 (exported createSql statements).
-- verdict: safe
CREATE TABLE IF NOT EXISTS `folders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `name` TEXT NOT NULL, `note_count` INTEGER NOT NULL DEFAULT 0);

-- verdict: safe
CREATE TABLE IF NOT EXISTS `notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `title` TEXT NOT NULL, `body` TEXT, `folder_id` INTEGER, `created_at` INTEGER NOT NULL);

-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_folder_id` ON `notes` (`folder_id`);

-- verdict: safe
CREATE VIEW `NoteSummary` AS SELECT n.id, n.title, f.name AS folder FROM notes n LEFT JOIN folders f ON f.id = n.folder_id;

-- verdict: safe
CREATE TRIGGER IF NOT EXISTS `notes_count_insert` AFTER INSERT ON `notes` BEGIN UPDATE folders SET note_count = note_count + 1 WHERE id = NEW.folder_id; END;

-- verdict: safe
CREATE TABLE IF NOT EXISTS room_master_table (id INTEGER PRIMARY KEY,identity_hash TEXT);

-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '3f2a9c1d0b7e4f5a8c6d2e1f0a9b8c7d');
