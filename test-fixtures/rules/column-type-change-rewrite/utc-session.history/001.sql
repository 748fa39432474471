-- fixture: --select column-type-change-rewrite --pg-version 12
CREATE TABLE events (id bigint PRIMARY KEY, created_at timestamp NOT NULL, updated_at timestamp, seen_at timestamptz);
CREATE TABLE sessions (id bigint PRIMARY KEY, started_at timestamp NOT NULL, ended_at timestamp);
CREATE INDEX sessions_started_at_idx ON sessions (started_at);
