-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY devices_serial_key ON devices (serial);
