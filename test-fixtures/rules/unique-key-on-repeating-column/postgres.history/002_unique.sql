-- expect: unique-key-on-repeating-column
CREATE UNIQUE INDEX CONCURRENTLY items_cat_key ON items (cat_id);
-- expect: unique-key-on-repeating-column
ALTER TABLE toys ADD CONSTRAINT toys_cat_unique UNIQUE (cat_id);
-- Not reported: the key includes the primary key; the index is adopted (already built); a unique key exists now.
ALTER TABLE items ADD CONSTRAINT items_id_cat UNIQUE (id, cat_id);
ALTER TABLE items ADD CONSTRAINT items_cat_unique UNIQUE USING INDEX items_cat_key;
CREATE UNIQUE INDEX toys_cat_key ON toys (cat_id);
-- Not reported: the duplicates are deleted first.
CREATE TABLE pets (id int PRIMARY KEY, cat_id int REFERENCES cats (id));
