-- migrate:up transaction:false
-- verdict: safe
CREATE INDEX CONCURRENTLY ledger_entries_account_idx ON ledger_entries (account_id, booked_at);

-- migrate:down
DROP INDEX CONCURRENTLY ledger_entries_account_idx;
