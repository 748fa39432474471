-- verdict: safe
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- verdict: safe
SET lock_timeout = '3s';

-- Builds a GiST index and checks every row while holding ACCESS EXCLUSIVE; no USING INDEX form for EXCLUDE.
-- verdict: hazard blocking-constraint-index
ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap
    EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status <> 'canceled');
