SET lock_timeout = '5s';
-- a new, empty table, but the DEFAULT partition "readings_rest" is scanned for rows of June
CREATE TABLE telemetry.readings_2024_06 (LIKE telemetry.readings INCLUDING DEFAULTS);
-- expect: attach-partition-scan
ALTER TABLE telemetry.readings ATTACH PARTITION telemetry.readings_2024_06
    FOR VALUES FROM ('2024-06-01') TO ('2024-07-01');
