-- fixture: --dialect sqlite --select sqlite-unsupported-alter-table
-- expect: sqlite-unsupported-alter-table
ALTER TABLE "User" ALTER COLUMN "email" SET NOT NULL;
-- expect: sqlite-unsupported-alter-table
ALTER TABLE posts ALTER COLUMN views TYPE bigint;
-- expect: sqlite-unsupported-alter-table
ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id);
-- expect: sqlite-unsupported-alter-table
ALTER TABLE posts DROP CONSTRAINT posts_author_fk;
-- expect: sqlite-unsupported-alter-table
ALTER TABLE posts ADD COLUMN a TEXT, ADD COLUMN b TEXT;
-- expect: sqlite-unsupported-alter-table
ALTER TABLE habits ADD COLUMN target INTEGER CHECK (target > 0), ADD COLUMN unit TEXT;
