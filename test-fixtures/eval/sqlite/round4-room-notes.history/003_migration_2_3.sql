-- Make notes.folder_id NOT NULL: table redefinition. The view is dropped and recreated,
-- but the trigger on notes is dropped with the old table and never recreated.
-- verdict: safe
PRAGMA foreign_keys = OFF;

-- verdict: safe
DROP VIEW IF EXISTS `NoteSummary`;

-- verdict: safe
CREATE TABLE IF NOT EXISTS `_new_notes` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `title` TEXT NOT NULL, `body` TEXT, `folder_id` INTEGER NOT NULL DEFAULT 0, `created_at` INTEGER NOT NULL, `pinned` INTEGER NOT NULL DEFAULT 0, `color` TEXT DEFAULT NULL, `archived_folder_id` INTEGER REFERENCES `folders` (`id`), `word_count` INTEGER CHECK (`word_count` >= 0), `title_len` INTEGER GENERATED ALWAYS AS (length(`title`)) VIRTUAL);

-- verdict: safe
INSERT INTO `_new_notes` (`id`, `title`, `body`, `folder_id`, `created_at`, `pinned`, `color`, `archived_folder_id`, `word_count`) SELECT `id`, `title`, `body`, IFNULL(`folder_id`, 0), `created_at`, `pinned`, `color`, `archived_folder_id`, `word_count` FROM `notes`;

-- Drops notes_count_insert with the table; nothing recreates it: folder counts silently stop updating.
-- verdict: hazard trigger-lost
DROP TABLE `notes`;

-- verdict: safe
ALTER TABLE `_new_notes` RENAME TO `notes`;

-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_folder_id` ON `notes` (`folder_id`);

-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_pinned` ON `notes` (`pinned`);

-- verdict: safe
CREATE VIEW `NoteSummary` AS SELECT n.id, n.title, f.name AS folder FROM notes n LEFT JOIN folders f ON f.id = n.folder_id;

-- verdict: safe
PRAGMA foreign_key_check;

-- verdict: safe
PRAGMA foreign_keys = ON;
