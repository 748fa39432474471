-- fixture: --dialect postgres --select object-already-exists
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);
CREATE INDEX users_name ON users (name);
-- expect: object-already-exists
ALTER TABLE users ADD COLUMN email text;
-- expect: object-already-exists
CREATE INDEX users_name ON users (email);
-- expect: object-already-exists
ALTER TYPE mood ADD VALUE 'sad';
-- expect: object-already-exists
ALTER TABLE users RENAME COLUMN name TO email;
-- expect: object-already-exists
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, name text);
-- the IF NOT EXISTS forms, new names, and names freed by a drop or rename are fine
CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY);
ALTER TABLE users ADD COLUMN IF NOT EXISTS email text;
CREATE INDEX IF NOT EXISTS users_name ON users (email);
ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad';
ALTER TYPE mood ADD VALUE 'calm';
ALTER TABLE users RENAME COLUMN name TO full_name;
ALTER TABLE users ADD COLUMN name text;
DROP INDEX users_name;
CREATE INDEX users_name ON users (email);
DROP TABLE users;
CREATE TABLE users (id bigint PRIMARY KEY);
ALTER TABLE accounts ADD COLUMN email text;
ALTER TABLE accounts ADD COLUMN email2 text;
-- expect: object-already-exists
ALTER TABLE accounts ADD COLUMN email text;
-- in one ALTER the actions run in order: a dropped column's name is free again
CREATE TABLE observations (id bigint PRIMARY KEY, kind text);
CREATE INDEX observations_kind ON observations (kind);
ALTER TABLE observations DROP COLUMN kind, ADD COLUMN kind int NOT NULL;
-- dropping the column dropped its index too
CREATE INDEX observations_kind ON observations (kind);
-- a DO block may guard the statement (IF NOT EXISTS, EXCEPTION WHEN duplicate_column): not concluded
DO $$ BEGIN
    ALTER TABLE observations ADD COLUMN kind int;
EXCEPTION WHEN duplicate_column THEN NULL;
END $$;
-- a materialized view created again had been dropped (by a CASCADE the history cannot follow), its indexes too
CREATE VIEW obs_v AS SELECT id FROM observations;
CREATE MATERIALIZED VIEW obs_mv AS SELECT id FROM obs_v;
CREATE UNIQUE INDEX obs_mv_id ON obs_mv (id);
DROP VIEW obs_v CASCADE;
CREATE VIEW obs_v AS SELECT id FROM observations;
CREATE MATERIALIZED VIEW obs_mv AS SELECT id FROM obs_v;
CREATE UNIQUE INDEX obs_mv_id ON obs_mv (id);
