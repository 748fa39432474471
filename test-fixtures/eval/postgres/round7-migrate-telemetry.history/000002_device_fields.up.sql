-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE devices ADD COLUMN firmware varchar(32), ADD COLUMN last_seen_at timestamptz;

-- varchar(64) -> varchar(128): widening, catalog-only
-- verdict: safe
ALTER TABLE devices ALTER COLUMN serial TYPE varchar(128);

-- a validated CHECK is added in the same ALTER: the whole readings table is scanned under ACCESS EXCLUSIVE
-- verdict: hazard full-scan-under-lock
ALTER TABLE readings
    ADD COLUMN quality smallint,
    ADD CONSTRAINT readings_quality_range CHECK (quality BETWEEN 0 AND 100);
