-- migrate:up
CREATE TABLE accounts (id bigint PRIMARY KEY);
-- expect: down-does-not-undo-up
CREATE INDEX accounts_id_idx ON accounts (id);
-- expect: down-does-not-undo-up
CREATE TABLE audit (id bigint);

-- migrate:down
DROP INDEX accounts_id_idx_typo;
DROP TABLE accounts;
