-- fixture: --select drop-table,drop-column,drop-index-without-concurrently,index-without-concurrently,column-type-change-rewrite,rename-column
-- +migrate Up
CREATE TABLE users (id bigint PRIMARY KEY, name text);

-- +migrate Down
-- expect: drop-table (down)
DROP TABLE users;
