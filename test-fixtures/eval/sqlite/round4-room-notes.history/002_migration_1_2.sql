-- verdict: safe
PRAGMA foreign_keys = ON;

-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `pinned` INTEGER NOT NULL DEFAULT 0;

-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `color` TEXT DEFAULT NULL;

-- SQLite: CREATE INDEX on an existing table is fine (embedded database, no online alternative).
-- verdict: safe
CREATE INDEX IF NOT EXISTS `index_notes_pinned` ON `notes` (`pinned`);

-- "Cannot add a NOT NULL column with default value NULL"
-- verdict: hazard not-null-without-default
ALTER TABLE `notes` ADD COLUMN `updated_at` INTEGER NOT NULL;

-- "Cannot add a column with non-constant default"
-- verdict: hazard non-constant-default
ALTER TABLE `notes` ADD COLUMN `synced_at` TEXT DEFAULT CURRENT_TIMESTAMP;

-- With foreign_keys on: "Cannot add a REFERENCES column with non-NULL default value"
-- verdict: hazard references-with-default
ALTER TABLE `notes` ADD COLUMN `origin_folder_id` INTEGER NOT NULL DEFAULT 1 REFERENCES `folders` (`id`);

-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `archived_folder_id` INTEGER REFERENCES `folders` (`id`);

-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `word_count` INTEGER CHECK (`word_count` >= 0);

-- "Cannot add a UNIQUE column"
-- verdict: hazard unique-column
ALTER TABLE `notes` ADD COLUMN `slug` TEXT UNIQUE;

-- verdict: safe
ALTER TABLE `notes` ADD COLUMN `title_len` INTEGER GENERATED ALWAYS AS (length(`title`)) VIRTUAL;

-- verdict: safe
INSERT OR REPLACE INTO room_master_table (id,identity_hash) VALUES(42, '9b1c0d7e3f2a4c5b6a7d8e9f0a1b2c3d');
