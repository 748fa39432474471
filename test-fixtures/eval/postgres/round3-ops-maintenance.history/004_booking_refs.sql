-- verdict: safe
ALTER SEQUENCE booking_ref_seq INCREMENT BY 10 RESTART WITH 100000;

-- verdict: safe
ALTER SEQUENCE booking_ref_seq AS bigint;

-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE bookings ADD COLUMN ref bigint;

-- SET DEFAULT only applies to rows inserted later: no rewrite, whatever the expression.
-- verdict: safe
ALTER TABLE bookings ALTER COLUMN ref SET DEFAULT nextval('booking_ref_seq');

-- verdict: safe
ALTER TABLE bookings ALTER COLUMN created_at SET DEFAULT clock_timestamp();
