-- migrate:up
-- verdict: safe
SET LOCAL search_path = app, public;

-- verdict: safe
CREATE OR REPLACE FUNCTION room_is_free(p_room bigint, p_during tstzrange)
RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT NOT EXISTS (
        SELECT 1 FROM app.bookings
         WHERE room_id = p_room AND during && p_during AND NOT cancelled)
$$;

-- verdict: safe
CREATE OR REPLACE FUNCTION tenant_room_count(p_tenant uuid)
RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT count(*)::integer FROM app.rooms WHERE tenant_id = p_tenant
$$;

-- verdict: safe
CREATE VIEW active_bookings AS
    SELECT id, room_id, during FROM app.bookings WHERE NOT cancelled;

-- verdict: safe
GRANT SELECT ON active_bookings TO app_rw;

-- migrate:down
DROP VIEW IF EXISTS app.active_bookings;

DROP FUNCTION IF EXISTS app.tenant_room_count(uuid);

DROP FUNCTION IF EXISTS app.room_is_free(bigint, tstzrange);
