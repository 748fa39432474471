-- verdict: safe
REFRESH MATERIALIZED VIEW CONCURRENTLY room_occupancy;

-- verdict: hazard blocking-refresh
REFRESH MATERIALIZED VIEW room_occupancy;
