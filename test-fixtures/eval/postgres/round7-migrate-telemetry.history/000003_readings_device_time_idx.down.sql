DROP INDEX CONCURRENTLY IF EXISTS readings_device_time_idx;
