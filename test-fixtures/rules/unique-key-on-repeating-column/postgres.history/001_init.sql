-- fixture: --dialect postgres --select unique-key-on-repeating-column
CREATE TABLE cats (id int PRIMARY KEY, title text NOT NULL);
CREATE TABLE items (id int PRIMARY KEY, cat_id int REFERENCES cats (id), name text NOT NULL);
CREATE TABLE toys (id int PRIMARY KEY, cat_id int, CONSTRAINT toys_cat_fk FOREIGN KEY (cat_id) REFERENCES cats (id));
