-- the framework's transaction is already open: this PRAGMA does nothing
PRAGMA foreign_keys = OFF;
CREATE TABLE new_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL, color TEXT);
INSERT INTO new_folders (id, name) SELECT id, name FROM folders;
-- expect: sqlite-drop-referenced-table
DROP TABLE folders;
ALTER TABLE new_folders RENAME TO folders;
PRAGMA foreign_keys = ON;
