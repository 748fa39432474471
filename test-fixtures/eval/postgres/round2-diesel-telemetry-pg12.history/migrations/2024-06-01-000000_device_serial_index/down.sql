DROP INDEX CONCURRENTLY devices_serial_key;
