-- fixture: --dialect sqlite
-- edge gateway database; hand-written files applied in order by a shell script (sqlite3 CLI, autocommit)
-- verdict: safe
CREATE TABLE devices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    serial TEXT NOT NULL UNIQUE,
    name TEXT
);

-- verdict: safe
CREATE TABLE readings (
    id INTEGER PRIMARY KEY,
    device_id INTEGER NOT NULL REFERENCES devices (id),
    taken_at INTEGER NOT NULL,
    value REAL NOT NULL
);

-- verdict: safe
CREATE INDEX readings_device_time ON readings (device_id, taken_at);

-- verdict: safe
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;
