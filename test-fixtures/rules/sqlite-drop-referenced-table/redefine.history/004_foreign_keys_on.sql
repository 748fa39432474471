PRAGMA foreign_keys = ON;
CREATE TABLE new_cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL, color TEXT, rank INTEGER, note TEXT);
INSERT INTO new_cats (id, title, color, rank) SELECT id, title, color, rank FROM cats;
-- expect: sqlite-drop-referenced-table
DROP TABLE cats;
ALTER TABLE new_cats RENAME TO cats;
