-- One statement: sent alone, outside any transaction block.
-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS payments_created_at_idx ON payments (created_at);
