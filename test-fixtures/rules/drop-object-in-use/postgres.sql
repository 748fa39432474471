-- fixture: --dialect postgres --select drop-object-in-use
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE DOMAIN posint AS int CHECK (VALUE >= 0);
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE FUNCTION shout(t text) RETURNS text IMMUTABLE LANGUAGE sql AS $$ SELECT upper(t) $$;
CREATE SEQUENCE ticket_numbers;
CREATE TABLE cats (id int PRIMARY KEY, title text NOT NULL, code text DEFAULT next_code(), CONSTRAINT cats_title_key UNIQUE (title));
CREATE TABLE items (id serial PRIMARY KEY, cat_id int REFERENCES cats (id), qty posint, m mood,
    ticket bigint DEFAULT nextval('ticket_numbers'));
CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
CREATE VIEW loud_cats AS SELECT id, shout(title) AS title FROM cats;
CREATE TABLE unused (id int, state mood);
DROP TABLE unused;
-- expect: drop-object-in-use
DROP TYPE mood;
-- expect: drop-object-in-use
DROP DOMAIN posint;
-- expect: drop-object-in-use
DROP FUNCTION next_code();
-- expect: drop-object-in-use
DROP FUNCTION touch;
-- expect: drop-object-in-use
DROP FUNCTION IF EXISTS shout(text);
-- expect: drop-object-in-use
DROP SEQUENCE ticket_numbers;
-- expect: drop-object-in-use
DROP SEQUENCE items_id_seq;
-- expect: drop-object-in-use
DROP INDEX cats_pkey;
-- expect: drop-object-in-use
ALTER TABLE cats DROP CONSTRAINT cats_pkey;
-- a key no foreign key needs, and functions, sequences and constraints dropped with CASCADE: not reported
ALTER TABLE cats DROP CONSTRAINT cats_title_key;
DROP FUNCTION next_code() CASCADE;
DROP SEQUENCE ticket_numbers CASCADE;
ALTER TABLE cats DROP CONSTRAINT cats_pkey CASCADE;
-- expect: drop-object-in-use
DROP TYPE mood CASCADE;
-- what no longer has dependents drops quietly
ALTER TABLE items ALTER COLUMN qty TYPE int;
DROP DOMAIN posint;
DROP TRIGGER items_touch ON items;
DROP FUNCTION touch();
DROP VIEW loud_cats;
DROP FUNCTION shout(text);
