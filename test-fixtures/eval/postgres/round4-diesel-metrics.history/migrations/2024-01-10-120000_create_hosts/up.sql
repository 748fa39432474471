-- verdict: safe
CREATE TABLE hosts (
    id       SERIAL PRIMARY KEY,
    hostname VARCHAR NOT NULL,
    region   VARCHAR NOT NULL DEFAULT 'eu-west-1'
);

-- verdict: safe
CREATE TABLE samples (
    id          BIGSERIAL PRIMARY KEY,
    host_id     INTEGER NOT NULL REFERENCES hosts (id),
    metric      VARCHAR NOT NULL,
    value       DOUBLE PRECISION NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- verdict: safe
SELECT diesel_manage_updated_at('hosts');
