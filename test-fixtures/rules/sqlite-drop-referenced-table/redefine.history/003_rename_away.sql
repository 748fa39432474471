-- the rename re-points items.cat_id to cats_old, which is then dropped
PRAGMA foreign_keys = OFF;
ALTER TABLE cats RENAME TO cats_old;
CREATE TABLE cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL, color TEXT, rank INTEGER);
INSERT INTO cats (id, title, color) SELECT id, title, color FROM cats_old;
-- expect: sqlite-drop-referenced-table
DROP TABLE cats_old;
PRAGMA foreign_keys = ON;
