SET lock_timeout = '5s';
-- the validated CHECK implies the bound: no scan
ALTER TABLE telemetry.readings ATTACH PARTITION telemetry.readings_2024_03
    FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');
ALTER TABLE telemetry.readings_2024_03 DROP CONSTRAINT readings_2024_03_bound;

-- no CHECK at all: every loaded row is read under ACCESS EXCLUSIVE
-- expect: attach-partition-scan
ALTER TABLE telemetry.readings ATTACH PARTITION telemetry.readings_2024_04
    FOR VALUES FROM ('2024-04-01') TO ('2024-05-01');

-- expect: attach-partition-scan
ALTER TABLE ONLY telemetry.readings ATTACH PARTITION telemetry.readings_2024_05
    FOR VALUES FROM ('2024-05-01') TO ('2024-06-01');
