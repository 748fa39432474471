CREATE TABLE telemetry.readings_rest PARTITION OF telemetry.readings DEFAULT;
