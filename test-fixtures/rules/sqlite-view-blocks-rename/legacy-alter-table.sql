-- fixture: --dialect sqlite --select sqlite-view-blocks-rename
CREATE TABLE folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE VIEW folder_names AS SELECT name FROM folders;
-- with legacy_alter_table on, the rename does not re-parse the schema
PRAGMA legacy_alter_table = ON;
CREATE TABLE new_folders (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO new_folders (id, name) SELECT id, name FROM folders;
DROP TABLE folders;
ALTER TABLE new_folders RENAME TO folders;
