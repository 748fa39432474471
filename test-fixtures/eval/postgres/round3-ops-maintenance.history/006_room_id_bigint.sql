-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard table-rewrite
ALTER TABLE bookings ALTER COLUMN room_id TYPE bigint;
