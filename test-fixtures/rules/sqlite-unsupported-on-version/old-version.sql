-- fixture: --dialect sqlite --sqlite-version 3.23 --select sqlite-unsupported-on-version
-- expect: sqlite-unsupported-on-version
CREATE TABLE attachments (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL, path TEXT NOT NULL) STRICT;
-- expect: sqlite-unsupported-on-version
CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT, body_len INTEGER GENERATED ALWAYS AS (length(body)) VIRTUAL);
-- expect: sqlite-unsupported-on-version
ALTER TABLE notes ADD COLUMN title_len INTEGER AS (length(title));
-- expect: sqlite-unsupported-on-version
INSERT INTO settings (key, value) VALUES ('theme', 'dark') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
-- expect: sqlite-unsupported-on-version
INSERT INTO seen (id) VALUES (1) ON CONFLICT DO NOTHING;
-- expect: sqlite-unsupported-on-version
DELETE FROM sessions WHERE expires_at < 0 RETURNING id;
-- expect: sqlite-unsupported-on-version
INSERT INTO ranks (user_id, pos) SELECT id, row_number() OVER (ORDER BY score DESC) FROM users;

CREATE TABLE plain (id INTEGER PRIMARY KEY, name TEXT) WITHOUT ROWID;
INSERT OR IGNORE INTO settings (key, value) VALUES ('theme', 'dark');
CREATE TABLE codes (id INTEGER PRIMARY KEY, code TEXT UNIQUE ON CONFLICT REPLACE);
INSERT INTO settings (key, value) VALUES ('returning', 'over');
ALTER TABLE notes ADD COLUMN body_upper TEXT GENERATED ALWAYS AS (upper(body)) STORED;
