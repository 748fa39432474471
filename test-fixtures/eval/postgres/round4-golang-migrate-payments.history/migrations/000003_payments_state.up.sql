-- verdict: safe
SET lock_timeout = '3s';

-- verdict: safe
ALTER TABLE payments ADD COLUMN settled_at timestamptz;

-- The whole file is one Exec: implicit transaction block, CONCURRENTLY fails.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY payments_settled_at_idx ON payments (settled_at) WHERE settled_at IS NOT NULL;
