-- golang-migrate (postgres driver): each file is sent as ONE multi-statement query,
-- so a file with several statements runs as a single implicit transaction.
-- verdict: safe
CREATE TABLE devices (
    id bigserial PRIMARY KEY,
    serial varchar(64) NOT NULL UNIQUE,
    decommissioned boolean NOT NULL DEFAULT false
);

-- verdict: safe
CREATE TABLE readings (
    id bigserial PRIMARY KEY,
    device_id bigint NOT NULL REFERENCES devices (id),
    recorded_at timestamptz NOT NULL,
    value double precision NOT NULL
);

-- verdict: safe
CREATE TABLE metrics_daily (
    device_id bigint NOT NULL REFERENCES devices (id),
    day date NOT NULL,
    reading_count bigint NOT NULL,
    avg_value double precision,
    PRIMARY KEY (device_id, day)
);
