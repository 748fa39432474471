-- InnoDB without FULLTEXT: OPTIMIZE is ALTER TABLE ... FORCE, rebuilt online.
OPTIMIZE TABLE orders;
OPTIMIZE NO_WRITE_TO_BINLOG TABLE `orders`;

-- FULLTEXT (inline, CREATE FULLTEXT INDEX, ADD FULLTEXT) or another engine: a copy that blocks writes.
-- expect: mysql-optimize-table
OPTIMIZE TABLE articles;
-- expect: mysql-optimize-table
OPTIMIZE TABLE posts;
-- expect: mysql-optimize-table
OPTIMIZE TABLE comments;
-- expect: mysql-optimize-table
OPTIMIZE LOCAL TABLE legacy_hits;
-- expect: mysql-optimize-table
OPTIMIZE TABLE orders, articles;
-- A table the history does not know: not concluded, still reported.
-- expect: mysql-optimize-table
OPTIMIZE TABLE audit_log;
