BEGIN;
-- expect: column-type-change-rewrite
ALTER TABLE users ALTER COLUMN id TYPE bigint;
-- expect: column-type-change-rewrite
ALTER TABLE posts ALTER COLUMN user_id TYPE bigint;
ALTER TABLE users ALTER COLUMN email TYPE varchar(320);
COMMIT;
