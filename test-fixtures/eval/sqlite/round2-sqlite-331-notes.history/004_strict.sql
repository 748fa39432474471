-- STRICT tables need SQLite 3.37.
-- verdict: hazard unsupported-syntax
CREATE TABLE attachments (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL, path TEXT NOT NULL) STRICT;
