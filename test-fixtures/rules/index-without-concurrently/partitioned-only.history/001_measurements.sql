-- fixture: --select index-without-concurrently
CREATE TABLE app.measurements (
    device_id bigint NOT NULL,
    ts timestamptz NOT NULL,
    reading double precision
) PARTITION BY RANGE (ts);

CREATE TABLE app.measurements_2024_01 PARTITION OF app.measurements
    FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
