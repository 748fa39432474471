-- verdict: safe
CREATE TABLE rooms (
    id   serial PRIMARY KEY,
    name text NOT NULL,
    code varchar(16) NOT NULL
);

-- verdict: safe
CREATE INDEX rooms_code_idx ON rooms (code);

-- verdict: safe
CREATE TABLE bookings (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id    integer NOT NULL,
    guest_id   bigint NOT NULL,
    during     tstzrange NOT NULL,
    status     text NOT NULL DEFAULT 'held',
    note       text,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX bookings_room_idx ON bookings (room_id);

-- verdict: safe
CREATE TABLE import_staging (
    line_no   bigint,
    raw       text,
    loaded_at timestamptz DEFAULT now()
);

-- verdict: safe
CREATE MATERIALIZED VIEW room_occupancy AS
SELECT room_id, count(*) AS bookings FROM bookings GROUP BY room_id;

-- verdict: safe
CREATE UNIQUE INDEX room_occupancy_room_id ON room_occupancy (room_id);

-- verdict: safe
CREATE SEQUENCE booking_ref_seq;
