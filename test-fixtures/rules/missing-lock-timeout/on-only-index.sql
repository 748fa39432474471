-- fixture: --select missing-lock-timeout
-- CREATE INDEX ... ON ONLY builds nothing, but it takes SHARE on the partitioned table: while it waits behind a
-- running write, every INSERT/UPDATE/DELETE routed through "metrics.samples" queues behind it.
-- expect: missing-lock-timeout
CREATE INDEX samples_taken_at_idx ON ONLY metrics.samples USING brin (taken_at);
CREATE INDEX CONCURRENTLY samples_2024_01_taken_at_idx ON metrics.samples_2024_01 USING brin (taken_at);
ALTER INDEX samples_taken_at_idx ATTACH PARTITION samples_2024_01_taken_at_idx;
