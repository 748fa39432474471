-- migrate:up
-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard table-rewrite
ALTER TABLE payments ALTER COLUMN amount TYPE numeric(12,2) USING amount / 100.0;

-- verdict: hazard full-scan-under-lock
ALTER TABLE refunds ADD CONSTRAINT refunds_amount_positive CHECK (amount > 0);

-- migrate:down
