ALTER TABLE readings DROP COLUMN quality;
