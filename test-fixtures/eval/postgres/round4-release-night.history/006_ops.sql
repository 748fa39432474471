-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard table-rewrite
ALTER TABLE booking_cache SET LOGGED;

-- verdict: hazard table-rewrite
ALTER TABLE event_stream SET TABLESPACE fast_ssd;

-- verdict: hazard table-rewrite
VACUUM FULL event_stream;

-- verdict: hazard reindex-blocking
REINDEX TABLE members;

-- verdict: hazard refresh-blocking
REFRESH MATERIALIZED VIEW member_points;

-- verdict: hazard explicit-lock
LOCK TABLE bookings IN ACCESS EXCLUSIVE MODE;

-- verdict: safe
ALTER TABLE event_stream OWNER TO app_owner;

-- verdict: safe
REINDEX INDEX CONCURRENTLY members_pkey;
