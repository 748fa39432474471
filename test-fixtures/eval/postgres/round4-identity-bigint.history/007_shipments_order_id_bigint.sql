-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard int-to-bigint-rewrite
ALTER TABLE shipments ALTER COLUMN order_id TYPE bigint;
