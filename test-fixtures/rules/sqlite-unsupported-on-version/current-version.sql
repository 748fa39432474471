-- fixture: --dialect sqlite --select sqlite-unsupported-on-version
CREATE TABLE attachments (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL, path TEXT NOT NULL) STRICT;
CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT, body_len INTEGER GENERATED ALWAYS AS (length(body)) VIRTUAL);
INSERT INTO settings (key, value) VALUES ('theme', 'dark') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
DELETE FROM sessions WHERE expires_at < 0 RETURNING id;
UPDATE notes SET folder_id = f.id FROM folders AS f WHERE f.name = 'Archive' AND notes.pinned = 2;
