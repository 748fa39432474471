-- PRAGMA foreign_keys is a no-op inside a transaction: the DROP deletes the cats rows first and cascades to items
BEGIN;
PRAGMA foreign_keys = OFF;
CREATE TABLE new_cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL, color TEXT);
INSERT INTO new_cats (id, title) SELECT id, title FROM cats;
-- expect: sqlite-drop-referenced-table
DROP TABLE cats;
ALTER TABLE new_cats RENAME TO cats;
COMMIT;
