-- run_in_transaction = false, but batch_execute sends both statements in one simple query:
-- one implicit transaction block, CONCURRENTLY fails.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY samples_metric_idx ON samples (metric);

-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY samples_recorded_at_brin ON samples USING brin (recorded_at);
