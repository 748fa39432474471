-- migrate:up
-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- exclusion constraints cannot be added NOT VALID: GiST index is built under ACCESS EXCLUSIVE
-- verdict: hazard blocks-reads
ALTER TABLE app.bookings
    ADD CONSTRAINT bookings_no_overlap
    EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled);

-- migrate:down
SET LOCAL lock_timeout = '5s';

ALTER TABLE app.bookings DROP CONSTRAINT IF EXISTS bookings_no_overlap;
