-- nothing references tags: its redefinition drops no one's parent
PRAGMA foreign_keys = ON;
CREATE TABLE new_tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, color TEXT);
INSERT INTO new_tags (id, name) SELECT id, name FROM tags;
DROP TABLE tags;
ALTER TABLE new_tags RENAME TO tags;
