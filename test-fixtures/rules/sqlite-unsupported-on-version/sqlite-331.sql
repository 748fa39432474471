-- fixture: --dialect sqlite --sqlite-version 3.31 --select sqlite-unsupported-on-version
-- expect: sqlite-unsupported-on-version
CREATE TABLE attachments (id INTEGER PRIMARY KEY, path TEXT NOT NULL) STRICT, WITHOUT ROWID;
-- expect: sqlite-unsupported-on-version
UPDATE notes SET pinned = 1 WHERE id = 7 RETURNING id, pinned;
CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT, body_len INTEGER GENERATED ALWAYS AS (length(body)) VIRTUAL);
INSERT INTO settings (key, value) VALUES ('theme', 'dark') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
-- expect: sqlite-unsupported-on-version
UPDATE notes SET folder_id = f.id FROM folders AS f WHERE f.name = 'Archive' AND notes.pinned = 2;
UPDATE notes SET folder_id = (SELECT f.id FROM folders AS f WHERE f.name = 'Archive') WHERE pinned = 2;
UPDATE notes SET pinned = 0 WHERE folder_id IN (SELECT id FROM folders WHERE name = 'Trash');
