-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard table-rewrite
CLUSTER entries USING entries_account_idx;

-- verdict: hazard blocks-writes
REINDEX INDEX entries_account_idx;

-- verdict: safe
RESET lock_timeout;
