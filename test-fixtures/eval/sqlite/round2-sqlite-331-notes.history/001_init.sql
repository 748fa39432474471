-- fixture: --dialect sqlite --sqlite-version 3.31
-- verdict: safe
CREATE TABLE notebooks (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL);
-- verdict: safe
CREATE TABLE notes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    notebook_id INTEGER NOT NULL REFERENCES notebooks (id),
    body        TEXT,
    legacy_tag  TEXT,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
-- verdict: safe
CREATE INDEX notes_notebook_idx ON notes (notebook_id);
