-- fixture: --dialect sqlite --sqlite-version 3.34
-- verdict: safe
CREATE TABLE devices (id INTEGER PRIMARY KEY, serial TEXT NOT NULL UNIQUE, label TEXT, site TEXT);
-- verdict: safe
CREATE TABLE readings (id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL REFERENCES devices(id) ON DELETE CASCADE, taken_at INTEGER NOT NULL, value REAL NOT NULL, unit TEXT);
-- verdict: safe
CREATE INDEX idx_readings_device_taken ON readings (device_id, taken_at);
-- verdict: safe
CREATE TRIGGER devices_audit AFTER DELETE ON devices BEGIN INSERT INTO readings (device_id, taken_at, value, unit) VALUES (OLD.id, 0, -1, 'deleted'); END;
