-- migrate:up transaction:false
-- dbmate sends the whole up section in one Exec: several statements form one implicit transaction.
-- verdict: safe
SET lock_timeout = '2s';
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY ledger_entries_memo_idx ON ledger_entries (memo);

-- migrate:down
DROP INDEX CONCURRENTLY ledger_entries_memo_idx;
