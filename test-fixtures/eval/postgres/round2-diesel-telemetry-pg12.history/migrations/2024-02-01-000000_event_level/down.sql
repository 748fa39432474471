ALTER TABLE events DROP COLUMN search, DROP COLUMN received_at, DROP COLUMN level;
