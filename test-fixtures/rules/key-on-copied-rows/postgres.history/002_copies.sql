-- fixture: --dialect postgres --select key-on-copied-rows
-- A CREATE TABLE ... AS SELECT copy holds the source's rows: a key the source does not keep fails on them.
CREATE TABLE t1 AS SELECT id, sku, name, note, cat_id FROM items;
-- expect: key-on-copied-rows
ALTER TABLE t1 ADD PRIMARY KEY (note);
-- expect: key-on-copied-rows
CREATE UNIQUE INDEX t1_cat ON t1 (cat_id);
-- expect: key-on-copied-rows
ALTER TABLE t1 ADD CONSTRAINT t1_name UNIQUE (name);
-- unique in the source (a primary key, a unique constraint, a key that includes one): fine
ALTER TABLE t1 ADD PRIMARY KEY (id);
CREATE UNIQUE INDEX t1_sku ON t1 (sku);
CREATE UNIQUE INDEX t1_cat_sku ON t1 (cat_id, sku);
-- a partial index, a computed column, and a copy emptied since: not concluded
CREATE UNIQUE INDEX t1_note ON t1 (note) WHERE note IS NOT NULL;
CREATE TABLE t2 AS SELECT id, lower(name) AS lname FROM items;
CREATE UNIQUE INDEX t2_lname ON t2 (lname);
CREATE TABLE t3 AS SELECT id, note FROM items;
TRUNCATE t3;
ALTER TABLE t3 ADD PRIMARY KEY (note);
-- a copy of a table created in this migration holds nothing
CREATE TABLE fresh (id int, note text);
CREATE TABLE t4 AS SELECT id, note FROM fresh;
ALTER TABLE t4 ADD PRIMARY KEY (note);
