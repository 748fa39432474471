ALTER TABLE sessions RENAME TO _sessions_old;
CREATE TABLE sessions (id TEXT PRIMARY KEY, token TEXT NOT NULL, expires_at DATETIME, ip TEXT);
INSERT INTO sessions (id, token, expires_at) SELECT * FROM _sessions_old;
DROP TABLE _sessions_old;
