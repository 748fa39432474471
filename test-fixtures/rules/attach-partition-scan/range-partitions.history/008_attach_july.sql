SET lock_timeout = '5s';
ALTER TABLE telemetry.readings_rest VALIDATE CONSTRAINT readings_rest_not_july;
-- the DEFAULT partition's validated CHECK excludes July, and the new table is empty: nothing is scanned
CREATE TABLE telemetry.readings_2024_07 (LIKE telemetry.readings INCLUDING DEFAULTS);
ALTER TABLE telemetry.readings ATTACH PARTITION telemetry.readings_2024_07
    FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');
