SET lock_timeout = '5s';

ALTER TABLE readings DROP CONSTRAINT readings_quality_range, DROP COLUMN quality;

ALTER TABLE devices ALTER COLUMN serial TYPE varchar(64);

ALTER TABLE devices DROP COLUMN last_seen_at, DROP COLUMN firmware;
