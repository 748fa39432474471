-- fixture: --dialect sqlite --select object-already-exists
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
-- expect: object-already-exists
ALTER TABLE users ADD COLUMN email TEXT;
ALTER TABLE users RENAME TO users_old;
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
