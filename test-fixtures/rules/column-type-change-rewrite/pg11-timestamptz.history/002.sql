-- expect: column-type-change-rewrite
ALTER TABLE events ALTER COLUMN at TYPE timestamptz;
