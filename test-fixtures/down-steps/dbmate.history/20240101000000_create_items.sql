-- fixture: --select drop-table,drop-column,drop-index-without-concurrently,index-without-concurrently,column-type-change-rewrite,rename-column
-- migrate:up
CREATE TABLE items (id bigint PRIMARY KEY, sku text);

-- migrate:down
-- expect: drop-table (down)
DROP TABLE items;
