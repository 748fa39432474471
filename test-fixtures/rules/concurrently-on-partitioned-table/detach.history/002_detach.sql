-- expect: concurrently-on-partitioned-table
ALTER TABLE logs DETACH PARTITION logs_2025 CONCURRENTLY;

-- No DEFAULT partition: fine. Detaching the DEFAULT partition itself is allowed too.
ALTER TABLE metrics DETACH PARTITION metrics_2025 CONCURRENTLY;
ALTER TABLE logs DETACH PARTITION logs_other CONCURRENTLY;
