-- verdict: safe
REINDEX INDEX CONCURRENTLY bookings_room_idx;

-- verdict: hazard blocking-reindex
REINDEX TABLE rooms;

-- verdict: safe
ANALYZE rooms;
