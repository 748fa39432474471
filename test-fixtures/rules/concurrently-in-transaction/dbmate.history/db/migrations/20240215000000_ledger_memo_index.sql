-- migrate:up transaction:false
-- dbmate sends the whole up section in one Exec, transaction:false or not.
SET lock_timeout = '2s';
-- expect: concurrently-in-transaction
CREATE INDEX CONCURRENTLY ledger_entries_memo_idx ON ledger_entries (memo);

-- migrate:down
DROP INDEX CONCURRENTLY ledger_entries_memo_idx;
