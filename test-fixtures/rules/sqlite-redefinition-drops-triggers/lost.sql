-- fixture: --dialect sqlite --select sqlite-redefinition-drops-triggers
CREATE TABLE devices (id INTEGER PRIMARY KEY, serial TEXT NOT NULL UNIQUE, label TEXT, site TEXT);
CREATE TABLE readings (id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, taken_at INTEGER NOT NULL, value REAL NOT NULL, unit TEXT);
CREATE TRIGGER devices_audit AFTER DELETE ON devices BEGIN INSERT INTO readings (device_id, taken_at, value, unit) VALUES (OLD.id, 0, -1, 'deleted'); END;
CREATE TABLE devices_new (id INTEGER PRIMARY KEY, serial TEXT NOT NULL UNIQUE, label TEXT NOT NULL DEFAULT '', site TEXT);
INSERT INTO devices_new (id, serial, label, site) SELECT id, serial, COALESCE(label, ''), site FROM devices;
-- expect: sqlite-redefinition-drops-triggers
DROP TABLE devices;
ALTER TABLE devices_new RENAME TO devices;
