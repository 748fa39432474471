-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS readings_device_time_idx ON readings (device_id, recorded_at DESC);
