ALTER TABLE users ALTER COLUMN email SET DEFAULT '';
-- expect: statements-after-exclusive-lock
CREATE INDEX events_user_id_idx ON events (user_id);
