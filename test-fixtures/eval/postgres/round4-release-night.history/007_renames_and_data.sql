-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard rename-column
ALTER TABLE members RENAME COLUMN nickname TO display_name;

-- verdict: hazard rename-table
ALTER TABLE bookings RENAME TO reservations;

-- verdict: hazard enum-rename-value
ALTER TYPE membership_tier RENAME VALUE 'gold' TO 'platinum';

-- verdict: hazard full-table-update
UPDATE members SET locale = 'en-GB' WHERE true;

-- verdict: hazard data-loss
DELETE FROM event_stream WHERE 1 = 1;

-- verdict: hazard data-loss
TRUNCATE booking_cache;

-- verdict: safe
DELETE FROM event_stream WHERE seen_at < now() - interval '90 days' AND id < 1000000;

-- verdict: hazard data-loss
DROP TABLE booking_cache;

-- verdict: hazard rename-table
ALTER TABLE event_stream SET SCHEMA archive;
