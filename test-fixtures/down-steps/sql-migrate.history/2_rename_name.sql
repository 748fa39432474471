-- +migrate Up
-- expect: rename-column
ALTER TABLE users RENAME COLUMN name TO full_name;

-- +migrate Down
-- expect: rename-column (down)
ALTER TABLE users RENAME COLUMN full_name TO name;
