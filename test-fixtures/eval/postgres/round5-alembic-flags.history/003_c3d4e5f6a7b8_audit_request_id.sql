-- verdict: safe
BEGIN;

-- Running upgrade b2c3d4e5f6a7 -> c3d4e5f6a7b8

-- verdict: hazard missing-lock-timeout
ALTER TABLE audit_log ADD COLUMN request_id UUID;

-- verdict: hazard index-without-concurrently
CREATE INDEX ix_audit_log_request_id ON audit_log (request_id);

-- verdict: safe
UPDATE alembic_version SET version_num='c3d4e5f6a7b8' WHERE alembic_version.version_num = 'b2c3d4e5f6a7';

-- verdict: safe
COMMIT;
