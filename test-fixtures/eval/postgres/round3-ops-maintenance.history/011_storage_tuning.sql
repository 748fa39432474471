-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE bookings ALTER COLUMN note SET STORAGE EXTERNAL;

-- verdict: safe
ALTER TABLE bookings ALTER COLUMN note SET COMPRESSION lz4;

-- verdict: safe
ALTER TABLE bookings SET (fillfactor = 90);

-- verdict: safe
ALTER TABLE bookings ALTER COLUMN status SET STATISTICS 500;

-- verdict: safe
ALTER TABLE bookings REPLICA IDENTITY FULL;

-- verdict: safe
ALTER INDEX bookings_room_idx RENAME TO bookings_room_id_idx;
