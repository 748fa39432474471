-- verdict: safe
VACUUM ANALYZE bookings;

-- verdict: hazard table-rewrite-lock
VACUUM FULL import_staging;

-- verdict: hazard table-rewrite-lock
CLUSTER bookings USING bookings_room_idx;
