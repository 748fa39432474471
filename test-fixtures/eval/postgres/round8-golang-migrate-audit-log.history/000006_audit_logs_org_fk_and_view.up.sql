-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard blocks-writes
ALTER TABLE audit_logs ADD CONSTRAINT audit_logs_org_id_fkey FOREIGN KEY (org_id) REFERENCES organizations (id);

-- verdict: safe
CREATE OR REPLACE VIEW admin_audit_events AS
SELECT id, org_id, actor_id, action, payload ->> 'target' AS target, created_at
FROM audit_logs
WHERE action LIKE 'admin.%';
