CREATE TABLE devices (id TEXT PRIMARY KEY, session_id TEXT);
INSERT INTO devices (id, session_id) SELECT id, id FROM sessions;
-- expect: drop-table
DROP TABLE sessions;
