ALTER TABLE items RENAME TO products;
DROP TABLE tags;
DROP VIEW items_v;
-- The old names are gone: every statement that needs them fails.
-- expect: relation-no-longer-exists
UPDATE items SET name = 'x' WHERE id = 7;
-- expect: relation-no-longer-exists
ALTER TABLE items ADD COLUMN c INTEGER;
-- expect: relation-no-longer-exists
INSERT INTO products SELECT * FROM items;
-- expect: relation-no-longer-exists
CREATE INDEX tags_x ON tags (id);
-- expect: relation-no-longer-exists
DELETE FROM tags;
-- expect: relation-no-longer-exists
DROP TABLE tags;

-- These run: the new name, IF EXISTS, a table created again, a table renamed back into place, a table never seen.
UPDATE products SET name = 'x' WHERE id = 7;
DROP TABLE IF EXISTS tags;
CREATE TABLE tags (id INTEGER PRIMARY KEY);
INSERT INTO tags VALUES (1);
CREATE TABLE items_new (id INTEGER PRIMARY KEY, cat_id INTEGER, name TEXT NOT NULL);
ALTER TABLE items_new RENAME TO items;
UPDATE items SET name = 'y' WHERE id = 1;
UPDATE unknown_table SET a = 1 WHERE id = 1;
