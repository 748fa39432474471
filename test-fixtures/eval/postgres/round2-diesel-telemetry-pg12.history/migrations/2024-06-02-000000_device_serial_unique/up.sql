-- verdict: safe
SET LOCAL lock_timeout = '2s';
-- verdict: hazard lock-held-for-later-work
ALTER TABLE devices ADD CONSTRAINT devices_serial_unique UNIQUE USING INDEX devices_serial_key;
-- verdict: hazard unique-constraint-scan
ALTER TABLE devices ADD CONSTRAINT devices_label_unique UNIQUE (label);
