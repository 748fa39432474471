-- fixture: --select rename-column
-- PostgreSQL's COLUMN keyword is optional (Alembic's alter_column(new_column_name=...) leaves it out)
-- expect: rename-column
ALTER TABLE feature_flags RENAME key TO name;

-- expect: rename-column
ALTER TABLE feature_flags RENAME "index" TO position;

-- expect: rename-column
ALTER TABLE feature_flags RENAME description TO summary;

ALTER TABLE feature_flags RENAME CONSTRAINT feature_flags_key_key TO feature_flags_name_key;
