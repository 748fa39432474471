-- ignored, but nothing here relies on it: tags is referenced by no table
BEGIN;
PRAGMA foreign_keys = OFF;
CREATE TABLE tags_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO tags_new SELECT id, coalesce(name, '') FROM tags;
DROP TABLE tags;
ALTER TABLE tags_new RENAME TO tags;
COMMIT;
