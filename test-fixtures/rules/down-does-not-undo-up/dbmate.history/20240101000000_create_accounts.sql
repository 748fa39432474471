-- fixture: --select missing-down-migration,down-does-not-undo-up
-- migrate:up
CREATE TABLE accounts (id bigint PRIMARY KEY);
-- expect: down-does-not-undo-up
CREATE TABLE audit (id bigint);
-- expect: down-does-not-undo-up
CREATE INDEX audit_id_idx ON audit (id);

-- migrate:down
DROP TABLE accounts;
