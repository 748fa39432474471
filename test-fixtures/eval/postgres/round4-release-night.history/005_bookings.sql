-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: hazard primary-key-build
ALTER TABLE bookings ADD PRIMARY KEY (id);

-- verdict: hazard exclusion-constraint-build
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);

-- verdict: hazard lock-held-for-later-work
ALTER TABLE bookings ADD CONSTRAINT bookings_member_fk FOREIGN KEY (member_id) REFERENCES members (id) NOT VALID;

-- Same transaction as the ADD: the scan runs while the lock of the ADD is still held.
-- verdict: hazard validate-in-same-transaction
ALTER TABLE bookings VALIDATE CONSTRAINT bookings_member_fk;

-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY bookings_member_id_idx ON bookings (member_id);

-- verdict: safe
COMMIT;
