-- verdict: safe
PRAGMA journal_mode = WAL;

-- verdict: safe
BEGIN;

-- verdict: safe
ALTER TABLE devices ADD COLUMN firmware TEXT;

-- verdict: hazard fails-unique-column
ALTER TABLE devices ADD COLUMN hw_uuid TEXT UNIQUE;

-- verdict: safe
INSERT OR IGNORE INTO settings (key, value) VALUES ('schema_flavor', 'v2');

-- verdict: safe
COMMIT;
