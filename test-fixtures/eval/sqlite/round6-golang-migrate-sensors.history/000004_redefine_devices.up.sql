-- verdict: safe
CREATE TABLE devices_new (id INTEGER PRIMARY KEY, serial TEXT NOT NULL UNIQUE, label TEXT NOT NULL DEFAULT '');
-- verdict: safe
INSERT INTO devices_new (id, serial, label) SELECT id, serial, COALESCE(label, '') FROM devices;
-- verdict: hazard trigger-lost
DROP TABLE devices;
-- verdict: safe
ALTER TABLE devices_new RENAME TO devices;
