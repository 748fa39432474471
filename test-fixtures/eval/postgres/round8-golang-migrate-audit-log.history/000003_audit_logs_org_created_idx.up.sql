-- only statement in the file: golang-migrate sends the file as one query string
-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_logs_org_id_created_at_idx ON audit_logs (org_id, created_at DESC);
