-- fixture: --dialect sqlite --select sqlite-redefinition-drops-triggers
CREATE TABLE devices (id INTEGER PRIMARY KEY, serial TEXT NOT NULL UNIQUE, label TEXT, site TEXT);
CREATE TABLE readings (id INTEGER PRIMARY KEY, device_id INTEGER NOT NULL, taken_at INTEGER NOT NULL, value REAL NOT NULL, unit TEXT);
CREATE TRIGGER devices_audit AFTER DELETE ON devices BEGIN INSERT INTO readings (device_id, taken_at, value, unit) VALUES (OLD.id, 0, -1, 'deleted'); END;
CREATE TABLE devices_new (id INTEGER PRIMARY KEY, serial TEXT NOT NULL UNIQUE, label TEXT NOT NULL DEFAULT '', site TEXT);
INSERT INTO devices_new (id, serial, label, site) SELECT id, serial, COALESCE(label, ''), site FROM devices;
DROP TABLE devices;
ALTER TABLE devices_new RENAME TO devices;
CREATE TRIGGER devices_audit AFTER DELETE ON devices BEGIN INSERT INTO readings (device_id, taken_at, value, unit) VALUES (OLD.id, 0, -1, 'deleted'); END;
-- a table without triggers: nothing to lose
CREATE TABLE sites (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE sites_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '');
INSERT INTO sites_new (id, name) SELECT id, COALESCE(name, '') FROM sites;
DROP TABLE sites;
ALTER TABLE sites_new RENAME TO sites;
-- a replacement trigger under another name on the new table, created before the swap
CREATE TRIGGER sites_touch AFTER UPDATE ON sites BEGIN SELECT 1; END;
CREATE TABLE sites_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT '', code TEXT);
CREATE TRIGGER sites_new_touch AFTER UPDATE ON sites_new BEGIN SELECT 1; END;
INSERT INTO sites_new (id, name) SELECT id, name FROM sites;
DROP TABLE sites;
ALTER TABLE sites_new RENAME TO sites;
