-- fixture: --dialect sqlite --select relation-no-longer-exists
CREATE TABLE cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE items (id INTEGER PRIMARY KEY, cat_id INTEGER, name TEXT NOT NULL);
CREATE TABLE tags (id INTEGER PRIMARY KEY);
CREATE VIEW items_v AS SELECT id, name FROM items;
