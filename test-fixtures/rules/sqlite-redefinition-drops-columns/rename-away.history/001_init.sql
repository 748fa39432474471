-- fixture: --dialect sqlite
CREATE TABLE sessions (id TEXT PRIMARY KEY, token TEXT NOT NULL, legacy_flag TEXT);
