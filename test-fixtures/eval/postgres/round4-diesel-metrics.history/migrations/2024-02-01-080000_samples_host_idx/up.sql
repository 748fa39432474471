-- diesel runs up.sql in a transaction by default: fails.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY samples_host_id_idx ON samples (host_id);
