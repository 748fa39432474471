-- fixture: --dialect sqlite
-- hand-written, applied with the sqlite3 CLI by the deploy script; the app connects with PRAGMA foreign_keys=ON
-- verdict: safe
CREATE TABLE notebooks (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- verdict: safe
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    notebook_id INTEGER NOT NULL REFERENCES notebooks (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT
);

-- verdict: safe
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

-- verdict: safe
CREATE TABLE note_tags (
    note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags (id),
    PRIMARY KEY (note_id, tag_id)
) WITHOUT ROWID;

-- verdict: safe
CREATE INDEX notes_notebook_idx ON notes (notebook_id);
