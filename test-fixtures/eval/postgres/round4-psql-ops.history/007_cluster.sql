-- verdict: safe
SET lock_timeout = '3s';

-- CLUSTER (not CLUSTER ON) rewrites the table under ACCESS EXCLUSIVE.
-- verdict: hazard table-rewrite
CLUSTER app.sessions USING sessions_account_id_idx;
