-- fixture: --select drop-table,drop-column,drop-index-without-concurrently,index-without-concurrently,column-type-change-rewrite,rename-column
-- +goose Up
CREATE TABLE orders (id bigint PRIMARY KEY);

-- +goose Down
-- expect: drop-table (down)
DROP TABLE orders;
