-- +goose Up
-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: safe
ALTER TYPE product_state ADD VALUE 'discontinued';
-- goose runs this file in one transaction: the new label is not usable yet.
-- verdict: hazard enum-value-used-in-transaction
UPDATE products SET state = 'discontinued' WHERE id = 42;

-- +goose Down
UPDATE products SET state = 'archived' WHERE id = 42;
