-- The per-partition pattern: an index ON ONLY the parent is created invalid and builds nothing,
-- each partition's index is built CONCURRENTLY and then attached.
SET lock_timeout = '2s';
CREATE INDEX measurements_ts_idx ON ONLY app.measurements (ts);
CREATE INDEX CONCURRENTLY measurements_2024_01_ts_idx ON app.measurements_2024_01 (ts);
ALTER INDEX app.measurements_ts_idx ATTACH PARTITION app.measurements_2024_01_ts_idx;

-- Without ONLY the index is built on every partition while writes wait.
-- expect: index-without-concurrently
CREATE INDEX measurements_device_idx ON app.measurements (device_id, ts);
