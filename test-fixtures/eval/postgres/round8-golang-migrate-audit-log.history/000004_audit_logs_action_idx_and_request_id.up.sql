-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard table-rewrite
ALTER TABLE audit_logs ADD COLUMN request_id uuid NOT NULL DEFAULT gen_random_uuid();

-- verdict: hazard fails-in-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_logs_action_idx ON audit_logs (action);
