CREATE TABLE items (id int4 PRIMARY KEY, cat_id integer, name text NOT NULL, code varchar(20), qty smallint);
CREATE TABLE cats (id serial PRIMARY KEY, title character varying(50));
CREATE VIEW v_items AS SELECT id, name FROM items;
CREATE VIEW v_codes AS SELECT id, code, qty FROM items;
CREATE VIEW v_counts AS SELECT cat_id, count(*) AS n FROM items GROUP BY cat_id;
CREATE VIEW v_all AS SELECT * FROM items;
CREATE VIEW v_joined AS SELECT i.id, c.title, i.name FROM items i JOIN cats AS c ON c.id = i.cat_id;
CREATE VIEW v_literals AS SELECT id, 'new' AS state, 1 AS version FROM items;
CREATE VIEW v_external AS SELECT id, label FROM not_in_history;

-- The same types spelled another way, or types nobody can know: no finding.
CREATE OR REPLACE VIEW v_codes AS SELECT id::integer AS id, code::character varying(20) AS code, qty::int2 AS qty FROM items;
CREATE OR REPLACE VIEW v_joined AS SELECT items.id, cats.title, items.name, cats.id AS cat FROM items JOIN cats ON cats.id = items.cat_id;
CREATE OR REPLACE VIEW v_external AS SELECT id, label::varchar(20) AS label FROM not_in_history;
CREATE OR REPLACE VIEW v_all AS SELECT id, cat_id, name, code, qty, 2 AS extra FROM items;

-- An old column without a cast whose type the history knows, retyped by the new definition, fails.
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_items AS SELECT id, name::varchar(20) AS name FROM items;
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_codes AS SELECT id, code::varchar(40) AS code, qty FROM items;
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_counts AS SELECT cat_id, count(*)::int AS n FROM items GROUP BY cat_id;
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_joined AS SELECT i.id, c.title::text AS title, i.name FROM items i JOIN cats c ON c.id = i.cat_id;
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_literals AS SELECT id, 'new'::varchar(10) AS state, 1 AS version FROM items;
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_literals AS SELECT id, 'new' AS state, 1::bigint AS version FROM items;

-- A SELECT * view has the table's columns as they were: leaving one out, or renaming one, fails.
-- expect: replace-view-changes-columns
CREATE OR REPLACE VIEW v_all AS SELECT id, cat_id, name FROM items;
