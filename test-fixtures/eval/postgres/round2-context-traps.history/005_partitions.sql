-- verdict: safe
SET lock_timeout = '2s';
-- verdict: safe
CREATE TABLE app.measurements_2024_02 PARTITION OF app.measurements
    FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
-- verdict: safe
CREATE INDEX measurements_ts_idx ON ONLY app.measurements (ts);
-- verdict: safe
CREATE INDEX CONCURRENTLY measurements_2024_01_ts_idx ON app.measurements_2024_01 (ts);
-- verdict: safe
ALTER INDEX app.measurements_ts_idx ATTACH PARTITION app.measurements_2024_01_ts_idx;
-- verdict: hazard index-without-concurrently
CREATE INDEX measurements_device_idx ON app.measurements (device_id, ts);
