-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
CREATE TABLE maintenance_windows (
    id      serial PRIMARY KEY,
    room_id integer NOT NULL REFERENCES rooms (id),
    during  tstzrange NOT NULL
);

-- verdict: safe
ALTER TABLE maintenance_windows ADD CONSTRAINT maintenance_no_overlap
    EXCLUDE USING gist (room_id WITH =, during WITH &&);
