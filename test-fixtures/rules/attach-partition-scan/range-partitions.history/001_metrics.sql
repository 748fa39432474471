-- fixture: --select attach-partition-scan
CREATE TABLE telemetry.readings (
    device_id   bigint NOT NULL,
    reading     double precision NOT NULL,
    recorded_at timestamptz NOT NULL
) PARTITION BY RANGE (recorded_at);

CREATE TABLE telemetry.readings_2024_01 PARTITION OF telemetry.readings
    FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');

-- created in this migration: empty, attaching it reads nothing
CREATE TABLE telemetry.readings_2024_02 (LIKE telemetry.readings INCLUDING DEFAULTS);
ALTER TABLE telemetry.readings ATTACH PARTITION telemetry.readings_2024_02
    FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');

-- staging tables the loader fills before they are attached
CREATE TABLE telemetry.readings_2024_03 (LIKE telemetry.readings INCLUDING DEFAULTS);
CREATE TABLE telemetry.readings_2024_04 (LIKE telemetry.readings INCLUDING DEFAULTS);
CREATE TABLE telemetry.readings_2024_05 (LIKE telemetry.readings INCLUDING DEFAULTS);
