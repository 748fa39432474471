-- fixture: --select update-without-where,delete-without-where
CREATE TABLE cats (id bigint PRIMARY KEY, title text NOT NULL);
CREATE TABLE items (id bigint PRIMARY KEY, cat_id bigint NOT NULL REFERENCES cats (id), note text);
CREATE TABLE legacy_items (id bigint PRIMARY KEY, title text);
