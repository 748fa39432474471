--liquibase formatted sql

--changeset alice:1
CREATE TABLE accounts (id bigint PRIMARY KEY);
--rollback DROP TABLE accounts;

--changeset alice:2
-- expect: missing-down-migration
ALTER TABLE accounts ADD COLUMN email text;

--changeset alice:3
CREATE TABLE notes (id bigint);
--rollback empty
