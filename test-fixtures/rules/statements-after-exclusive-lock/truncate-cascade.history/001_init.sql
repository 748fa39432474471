-- fixture: --select statements-after-exclusive-lock
CREATE TABLE cats (id int PRIMARY KEY, title text);
CREATE TABLE items (id int PRIMARY KEY, cat_id int REFERENCES cats (id), name text);
CREATE TABLE notes (id int PRIMARY KEY, item_id int REFERENCES items (id), body text);
