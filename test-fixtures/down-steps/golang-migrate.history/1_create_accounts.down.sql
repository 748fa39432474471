-- fixture: --select drop-table,drop-column,drop-index-without-concurrently,index-without-concurrently,column-type-change-rewrite,rename-column
-- expect: drop-table (down)
DROP TABLE accounts;
