-- fixture: --dialect sqlite --select range-write-in-one-statement
CREATE TABLE readings (id INTEGER PRIMARY KEY, taken_at INTEGER NOT NULL);
