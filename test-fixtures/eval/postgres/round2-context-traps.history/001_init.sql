-- verdict: safe
CREATE SCHEMA app;
-- verdict: safe
CREATE TABLE app."Orders" (
    "Id"         bigint NOT NULL,
    "CustomerId" bigint NOT NULL,
    "Total"      numeric(12,2) NOT NULL,
    "Status"     text NOT NULL,
    "Note"       text,
    "PlacedAt"   timestamptz NOT NULL DEFAULT now()
);
-- verdict: safe
CREATE TABLE app.feature_flags (name text PRIMARY KEY, enabled boolean NOT NULL DEFAULT false);
-- verdict: safe
CREATE TABLE app.report_cache (k text PRIMARY KEY, v jsonb);
-- verdict: safe
CREATE TABLE app.measurements (device_id bigint NOT NULL, ts timestamptz NOT NULL, value double precision)
    PARTITION BY RANGE (ts);
-- verdict: safe
CREATE TABLE app.measurements_2024_01 PARTITION OF app.measurements
    FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
-- verdict: safe
CREATE TABLE app.customers (id bigserial PRIMARY KEY, email text NOT NULL);
