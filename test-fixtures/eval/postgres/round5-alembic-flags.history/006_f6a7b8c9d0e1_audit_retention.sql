-- verdict: safe
BEGIN;

-- Running upgrade e5f6a7b8c9d0 -> f6a7b8c9d0e1

-- retention: the job re-runs this revision's statement until it deletes nothing
-- verdict: safe
DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE created_at < now() - interval '180 days' ORDER BY id LIMIT 10000);

-- verdict: safe
UPDATE alembic_version SET version_num='f6a7b8c9d0e1' WHERE alembic_version.version_num = 'e5f6a7b8c9d0';

-- verdict: safe
COMMIT;
