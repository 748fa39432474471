-- Redefine folders (add a color column with a CHECK) without touching the view: the view
-- NoteSummary still references folders while it does not exist.
-- verdict: safe
PRAGMA foreign_keys = OFF;

-- verdict: safe
CREATE TABLE `_new_folders` (`id` INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, `name` TEXT NOT NULL, `note_count` INTEGER NOT NULL DEFAULT 0, `color` TEXT NOT NULL DEFAULT 'grey' CHECK (`color` IN ('grey', 'red', 'blue')));

-- verdict: safe
INSERT INTO `_new_folders` (`id`, `name`, `note_count`) SELECT `id`, `name`, `note_count` FROM `folders`;

-- verdict: safe
DROP TABLE `folders`;

-- SQLite >= 3.26 re-parses the schema on RENAME: "error in view NoteSummary: no such table: main.folders".
-- verdict: hazard view-blocks-rename
ALTER TABLE `_new_folders` RENAME TO `folders`;

-- verdict: safe
PRAGMA foreign_keys = ON;
