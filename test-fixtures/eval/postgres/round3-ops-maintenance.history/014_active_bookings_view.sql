-- verdict: safe
CREATE VIEW active_bookings AS
SELECT id, room_id, guest_id, during, ref FROM bookings WHERE status <> 'canceled';

-- verdict: safe
COMMENT ON VIEW active_bookings IS 'Bookings that still hold a room';

-- verdict: safe
GRANT SELECT ON active_bookings TO reporting;

-- verdict: safe
ALTER VIEW active_bookings OWNER TO reporting_owner;
