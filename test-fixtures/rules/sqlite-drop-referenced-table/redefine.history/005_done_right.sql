-- SQLite's recipe: foreign keys off before the transaction, new table renamed into place
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE new_cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL, color TEXT, rank INTEGER, note TEXT, slug TEXT);
INSERT INTO new_cats (id, title, color, rank, note) SELECT id, title, color, rank, note FROM cats;
DROP TABLE cats;
ALTER TABLE new_cats RENAME TO cats;
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
