-- verdict: safe
BEGIN;

-- verdict: safe
SET lock_timeout = '5s';

-- Running upgrade 0a1b2c3d4e5f -> 1b2c3d4e5f6a

-- verdict: hazard type-narrowing
ALTER TABLE feature_flags ALTER COLUMN rollout_pct TYPE SMALLINT;

-- verdict: hazard check-validation
ALTER TABLE feature_flags ADD CONSTRAINT ck_feature_flags_rollout_pct CHECK (rollout_pct BETWEEN 0 AND 100);

-- verdict: safe
UPDATE alembic_version SET version_num='1b2c3d4e5f6a' WHERE alembic_version.version_num = '0a1b2c3d4e5f';

-- verdict: safe
COMMIT;
