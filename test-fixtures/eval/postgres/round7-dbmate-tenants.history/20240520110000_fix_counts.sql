-- migrate:up
-- CREATE OR REPLACE cannot change a function's return type (integer -> bigint)
-- verdict: hazard fails-return-type-change
CREATE OR REPLACE FUNCTION app.tenant_room_count(p_tenant uuid)
RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT count(*) FROM app.rooms WHERE tenant_id = p_tenant
$$;

-- appending a column at the end is allowed for CREATE OR REPLACE VIEW
-- verdict: safe
CREATE OR REPLACE VIEW app.active_bookings AS
    SELECT id, room_id, during, booked_by FROM app.bookings WHERE NOT cancelled;

-- migrate:down
CREATE OR REPLACE VIEW app.active_bookings AS
    SELECT id, room_id, during FROM app.bookings WHERE NOT cancelled;
