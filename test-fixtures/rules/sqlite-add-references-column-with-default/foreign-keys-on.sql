-- fixture: --dialect sqlite --select sqlite-add-references-column-with-default
PRAGMA foreign_keys = ON;
-- expect: sqlite-add-references-column-with-default
ALTER TABLE `notes` ADD COLUMN `origin_folder_id` INTEGER NOT NULL DEFAULT 1 REFERENCES `folders` (`id`);
-- expect: sqlite-add-references-column-with-default
ALTER TABLE tasks ADD COLUMN owner_id INTEGER DEFAULT 0 REFERENCES users (id) ON DELETE SET DEFAULT;
-- a NULL default (or none) is allowed
ALTER TABLE `notes` ADD COLUMN `archived_folder_id` INTEGER REFERENCES `folders` (`id`);
ALTER TABLE notes ADD COLUMN parent_id INTEGER DEFAULT NULL REFERENCES notes (id);
-- a default without REFERENCES is allowed
ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
