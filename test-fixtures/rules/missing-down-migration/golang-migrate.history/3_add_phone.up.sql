-- expect: missing-down-migration
ALTER TABLE accounts ADD COLUMN phone text;
