-- The view still names folders while it is dropped: the rename fails.
PRAGMA foreign_keys = OFF;
CREATE TABLE new_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, color TEXT NOT NULL DEFAULT 'grey');
INSERT INTO new_folders (id, name) SELECT id, name FROM folders;
DROP TABLE folders;
-- expect: sqlite-view-blocks-rename
ALTER TABLE new_folders RENAME TO folders;
PRAGMA foreign_keys = ON;
