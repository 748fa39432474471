-- +goose Up
ALTER TABLE orders ADD COLUMN note text;

-- +goose Down
-- expect: drop-column (down)
ALTER TABLE orders DROP COLUMN note;
