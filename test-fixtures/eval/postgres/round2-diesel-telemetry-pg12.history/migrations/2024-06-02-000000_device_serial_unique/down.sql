ALTER TABLE devices DROP CONSTRAINT devices_label_unique;
ALTER TABLE devices DROP CONSTRAINT devices_serial_unique;
