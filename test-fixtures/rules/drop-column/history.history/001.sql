-- fixture: --select drop-column
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_token text);
ALTER TABLE users ADD COLUMN scratch text;
ALTER TABLE users DROP COLUMN scratch;
