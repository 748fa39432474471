ALTER TABLE users ALTER COLUMN name TYPE varchar(256);
-- expect: statements-after-exclusive-lock
ALTER TABLE events ALTER COLUMN user_id TYPE bigint;
