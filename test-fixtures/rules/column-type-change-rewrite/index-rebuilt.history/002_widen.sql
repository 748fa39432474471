-- A plain index on the column is kept by a binary-coercible change.
ALTER TABLE t ALTER COLUMN a TYPE varchar(200);

-- PostgreSQL cannot keep an expression or partial index that reads the column: it rebuilds it under the ALTER's lock.
-- expect: column-type-change-rewrite
ALTER TABLE t ALTER COLUMN b TYPE varchar(200);

-- expect: column-type-change-rewrite
ALTER TABLE t ALTER COLUMN c TYPE varchar(200);

-- expect: column-type-change-rewrite
ALTER TABLE t ALTER COLUMN d TYPE text;
