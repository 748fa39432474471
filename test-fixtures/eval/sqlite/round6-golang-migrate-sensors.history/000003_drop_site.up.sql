-- verdict: hazard unsupported-drop-column
ALTER TABLE devices DROP COLUMN site;
-- verdict: hazard unsupported-syntax
DELETE FROM readings WHERE value < -100 RETURNING id;
-- verdict: safe
DROP INDEX idx_readings_device_taken;
-- verdict: safe
CREATE INDEX idx_readings_taken ON readings (taken_at);
