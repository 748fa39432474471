-- migrate:up
-- dbmate: each migration runs in a transaction unless "-- migrate:up transaction:false"
-- verdict: safe
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- verdict: safe
CREATE SCHEMA IF NOT EXISTS app;

-- verdict: safe
CREATE TABLE app.tenants (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE app.rooms (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id uuid NOT NULL REFERENCES app.tenants (id),
    name text NOT NULL
);

-- verdict: safe
CREATE TABLE app.bookings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id bigint NOT NULL REFERENCES app.rooms (id),
    during tstzrange NOT NULL,
    booked_by text NOT NULL,
    cancelled boolean NOT NULL DEFAULT false
);

-- verdict: safe
GRANT USAGE ON SCHEMA app TO app_rw;

-- verdict: safe
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA app TO app_rw;

-- migrate:down
