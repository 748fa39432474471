-- migrate:up transaction:false
-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS payments_paid_at_idx ON payments (paid_at);

-- migrate:down
