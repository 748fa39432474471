-- fixture: --dialect sqlite --select sqlite-add-column-non-constant-default
CREATE TABLE events (id INTEGER PRIMARY KEY);
ALTER TABLE events ADD COLUMN created_at DATETIME DEFAULT CURRENT_TIMESTAMP;
