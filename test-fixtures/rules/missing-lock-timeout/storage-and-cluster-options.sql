-- fixture: --select missing-lock-timeout
-- Planner and storage settings take SHARE UPDATE EXCLUSIVE: reads and writes go on.
ALTER TABLE app.sessions CLUSTER ON sessions_account_id_idx;
ALTER TABLE app.accounts SET WITHOUT CLUSTER;
ALTER TABLE app.sessions SET (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.02);
ALTER TABLE app.sessions RESET (autovacuum_vacuum_scale_factor);
ALTER TABLE app.sessions ALTER COLUMN account_id SET (n_distinct = -0.05);
ALTER TABLE app.sessions ALTER COLUMN started_at SET STATISTICS 500;
