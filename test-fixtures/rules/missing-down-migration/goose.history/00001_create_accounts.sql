-- fixture: --select missing-down-migration,down-does-not-undo-up
-- +goose Up
CREATE TABLE accounts (id bigint PRIMARY KEY);

-- +goose Down
DROP TABLE accounts;
