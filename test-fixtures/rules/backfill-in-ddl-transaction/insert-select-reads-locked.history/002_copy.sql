-- The ALTER's ACCESS EXCLUSIVE lock on items is held while the INSERT ... SELECT reads every row of items, even
-- into a table created in this migration.
-- expect: lock-held-during-later-work
ALTER TABLE items ALTER COLUMN m DROP DEFAULT;
CREATE TABLE items_copy (id bigint, name text);
-- expect: backfill-in-ddl-transaction
INSERT INTO items_copy SELECT id, name FROM items;
-- A narrowed read does not count: it reads a few rows through the key.
INSERT INTO items_copy SELECT id, name FROM items WHERE id < 50;
INSERT INTO items_copy SELECT id, name FROM items LIMIT 10;
