-- fixture: --dialect sqlite --sqlite-version 3.31 --select sqlite-add-column-non-constant-default,not-null-column-without-default
CREATE TABLE events (id INTEGER PRIMARY KEY);
-- expect: sqlite-add-column-non-constant-default
ALTER TABLE events ADD COLUMN created_at DATETIME DEFAULT CURRENT_TIMESTAMP;
-- expect: not-null-column-without-default
ALTER TABLE events ADD COLUMN kind TEXT NOT NULL;
