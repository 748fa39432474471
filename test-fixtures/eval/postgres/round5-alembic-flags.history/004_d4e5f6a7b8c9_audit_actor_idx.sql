-- verdict: safe
BEGIN;

-- Running upgrade c3d4e5f6a7b8 -> d4e5f6a7b8c9

-- with op.get_context().autocommit_block():
-- verdict: safe
COMMIT;

-- verdict: safe
CREATE INDEX CONCURRENTLY ix_audit_log_actor_id ON audit_log (actor_id);

-- verdict: safe
BEGIN;

-- verdict: safe
UPDATE alembic_version SET version_num='d4e5f6a7b8c9' WHERE alembic_version.version_num = 'c3d4e5f6a7b8';

-- verdict: safe
COMMIT;
