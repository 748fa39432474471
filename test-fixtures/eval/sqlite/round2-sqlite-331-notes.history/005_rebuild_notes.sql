-- verdict: safe
PRAGMA foreign_keys=OFF;
-- verdict: safe
BEGIN TRANSACTION;
-- verdict: safe
CREATE TABLE new_notes (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    notebook_id INTEGER NOT NULL REFERENCES notebooks (id),
    body        TEXT NOT NULL DEFAULT '',
    legacy_tag  TEXT,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    pinned      INTEGER NOT NULL DEFAULT 0,
    author_id   INTEGER REFERENCES notebooks (id),
    body_len    INTEGER GENERATED ALWAYS AS (length(body)) VIRTUAL
);
-- verdict: safe
INSERT INTO new_notes (id, notebook_id, body, legacy_tag, created_at, pinned, author_id)
    SELECT id, notebook_id, coalesce(body, ''), legacy_tag, created_at, pinned, author_id FROM notes;
-- verdict: safe
DROP TABLE notes;
-- verdict: safe
ALTER TABLE new_notes RENAME TO notes;
-- verdict: safe
CREATE INDEX notes_notebook_idx ON notes (notebook_id);
-- verdict: safe
PRAGMA foreign_key_check;
-- verdict: safe
COMMIT;
-- verdict: safe
PRAGMA foreign_keys=ON;
