-- expect: missing-down-migration
ALTER TABLE accounts ADD COLUMN name text;
