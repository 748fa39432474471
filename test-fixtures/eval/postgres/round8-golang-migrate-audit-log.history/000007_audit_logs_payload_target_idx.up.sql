-- verdict: safe
CREATE INDEX CONCURRENTLY IF NOT EXISTS audit_logs_payload_target_idx ON audit_logs ((payload ->> 'target')) WHERE action LIKE 'admin.%';
