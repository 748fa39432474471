-- fixture: --dialect postgres --select key-on-copied-rows
CREATE TABLE items (id int PRIMARY KEY, sku text NOT NULL UNIQUE, name text, note text, cat_id int NOT NULL);
CREATE UNIQUE INDEX items_name ON items (name) WHERE name IS NOT NULL;
