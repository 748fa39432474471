ALTER TABLE sessions RENAME TO _sessions_old;
CREATE TABLE sessions (id TEXT PRIMARY KEY, token TEXT NOT NULL, expires_at DATETIME);
INSERT INTO sessions (id, token) SELECT id, token FROM _sessions_old;
-- expect: sqlite-redefinition-drops-columns
DROP TABLE _sessions_old;
