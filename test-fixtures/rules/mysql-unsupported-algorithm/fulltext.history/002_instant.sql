-- INSTANT cannot add or drop a column of a table with a FULLTEXT index, nor of a non-InnoDB table.
-- expect: mysql-unsupported-algorithm
ALTER TABLE articles ADD COLUMN slug VARCHAR(100) NULL, ALGORITHM=INSTANT;
-- expect: mysql-unsupported-algorithm
ALTER TABLE legacy_hits ADD COLUMN hits INT NULL, ALGORITHM=INSTANT;

-- InnoDB without FULLTEXT, or another algorithm: accepted.
ALTER TABLE orders ADD COLUMN slug VARCHAR(100) NULL, ALGORITHM=INSTANT;
ALTER TABLE articles ADD COLUMN slug2 VARCHAR(100) NULL, ALGORITHM=INPLACE;
