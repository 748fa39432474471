-- These take SHARE UPDATE EXCLUSIVE only: reads and writes continue while they wait.
-- verdict: safe
ALTER TABLE app.sessions ALTER COLUMN account_id SET STATISTICS 2000;

-- verdict: safe
ALTER TABLE app.sessions ALTER COLUMN user_agent SET (n_distinct = -0.05);

-- verdict: safe
ALTER TABLE app.sessions SET (fillfactor = 80);

-- verdict: safe
ALTER TABLE app.sessions CLUSTER ON sessions_account_id_idx;

-- verdict: safe
ALTER TABLE app.accounts SET WITHOUT CLUSTER;

-- verdict: safe
CREATE STATISTICS IF NOT EXISTS app.sessions_account_started ON account_id, started_at FROM app.sessions;

-- verdict: safe
ANALYZE app.sessions;

-- Outside a transaction (psql autocommit): plain VACUUM never blocks reads or writes.
-- verdict: safe
VACUUM (ANALYZE, VERBOSE) app.sessions;

-- verdict: safe
VACUUM ANALYZE app.accounts;
