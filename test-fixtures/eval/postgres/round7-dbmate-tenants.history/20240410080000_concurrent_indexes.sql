-- migrate:up transaction:false
-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS bookings_booked_by_idx ON app.bookings (booked_by);

-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS rooms_tenant_lower_name_idx ON app.rooms (tenant_id, lower(name));

-- verdict: safe
ALTER ROLE app_rw SET search_path = app, public;

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY IF EXISTS app.rooms_tenant_lower_name_idx;

DROP INDEX CONCURRENTLY IF EXISTS app.bookings_booked_by_idx;
