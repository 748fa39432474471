DROP INDEX IF EXISTS samples_metric_idx; DROP INDEX IF EXISTS samples_recorded_at_brin;
