-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY tickets_state_idx ON tickets (state);
