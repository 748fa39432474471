-- fixture: --select concurrently-on-partitioned-table
CREATE TABLE measurements (id bigint, taken_at date) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_2026 PARTITION OF measurements FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE plain_events (id bigint, at date);

-- expect: concurrently-on-partitioned-table
CREATE INDEX CONCURRENTLY measurements_taken_at_idx ON measurements (taken_at);
-- expect: concurrently-on-partitioned-table
CREATE UNIQUE INDEX CONCURRENTLY measurements_id_idx ON ONLY measurements (id, taken_at);

-- A partition is a plain table; a non-partitioned table; the ON ONLY recipe without CONCURRENTLY.
CREATE INDEX CONCURRENTLY measurements_2026_taken_at_idx ON measurements_2026 (taken_at);
CREATE INDEX CONCURRENTLY plain_events_at_idx ON plain_events (at);
CREATE INDEX measurements_at_idx ON ONLY measurements (taken_at);
