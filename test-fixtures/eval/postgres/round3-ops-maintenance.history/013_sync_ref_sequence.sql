-- verdict: safe
SELECT setval('booking_ref_seq', (SELECT coalesce(max(ref), 100000) FROM bookings));

-- verdict: safe
ALTER SEQUENCE booking_ref_seq OWNED BY bookings.ref;
