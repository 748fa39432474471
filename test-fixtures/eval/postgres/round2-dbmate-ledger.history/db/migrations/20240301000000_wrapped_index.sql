-- migrate:up
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY ledger_entries_booked_idx ON ledger_entries (booked_at);

-- migrate:down
DROP INDEX ledger_entries_booked_idx;
