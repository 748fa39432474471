-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY events_kind_idx ON events (kind);
