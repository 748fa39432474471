-- verdict: safe
ALTER TABLE readings ADD COLUMN unit TEXT NOT NULL DEFAULT 'C' CHECK (unit IN ('C', 'F'));

-- SQLite has no ALTER COLUMN
-- verdict: hazard fails-unsupported-syntax
ALTER TABLE readings ALTER COLUMN value TYPE REAL;

-- verdict: safe
CREATE VIEW IF NOT EXISTS device_latest AS
    SELECT device_id, max(taken_at) AS last_at FROM readings GROUP BY device_id;

-- verdict: safe
CREATE INDEX IF NOT EXISTS devices_firmware_idx ON devices (firmware) WHERE firmware IS NOT NULL;

-- verdict: hazard breaks-running-app
ALTER TABLE devices RENAME TO hardware;

-- verdict: safe
DROP TABLE IF EXISTS settings_backup;
