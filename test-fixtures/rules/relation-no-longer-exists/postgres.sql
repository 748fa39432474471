-- fixture: --dialect postgres --select relation-no-longer-exists
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
ALTER TABLE accounts RENAME TO users;
-- expect: relation-no-longer-exists
ALTER TABLE accounts ADD COLUMN note text;
CREATE VIEW accounts AS SELECT * FROM users;
SELECT 1;
DROP VIEW accounts;
-- expect: relation-no-longer-exists
INSERT INTO users (id, email) SELECT id, email FROM accounts;

-- An index dropped twice: the second DROP fails; IF EXISTS, or a CREATE INDEX of the name in between, does not.
CREATE INDEX users_email ON users (email);
DROP INDEX users_email;
-- expect: relation-no-longer-exists
DROP INDEX users_email;
DROP INDEX IF EXISTS users_email;
CREATE INDEX users_email ON users (email);
DROP INDEX users_email;
