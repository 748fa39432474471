-- fixture: --dialect sqlite --sqlite-version 3.24 --select sqlite-unsupported-alter-table
-- expect: sqlite-unsupported-alter-table
ALTER TABLE posts RENAME COLUMN body TO content;
-- expect: sqlite-unsupported-alter-table
ALTER TABLE posts DROP COLUMN legacy;
ALTER TABLE posts ADD COLUMN summary TEXT;
