-- fixture: --select lock-outside-transaction --assume-in-transaction
-- +goose NO TRANSACTION
-- +goose Up
-- The framework's own word wins over --assume-in-transaction.
-- expect: lock-outside-transaction
LOCK TABLE orders IN ROW EXCLUSIVE MODE;
