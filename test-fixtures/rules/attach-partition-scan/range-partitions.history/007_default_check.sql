SET lock_timeout = '5s';
ALTER TABLE telemetry.readings_rest ADD CONSTRAINT readings_rest_not_july
    CHECK (recorded_at < '2024-07-01' OR recorded_at >= '2024-08-01') NOT VALID;
