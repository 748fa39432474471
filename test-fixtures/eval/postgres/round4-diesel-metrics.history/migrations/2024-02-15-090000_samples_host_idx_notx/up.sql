-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS samples_host_id_idx ON samples (host_id);
