-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: safe
SET LOCAL TIME ZONE 'UTC';

-- Running upgrade 1b2c3d4e5f6a -> 2c3d4e5f6a7b

-- verdict: safe
ALTER TABLE feature_flags ALTER COLUMN created_at TYPE TIMESTAMP WITH TIME ZONE;

-- verdict: safe
UPDATE alembic_version SET version_num='2c3d4e5f6a7b' WHERE alembic_version.version_num = '1b2c3d4e5f6a';

-- verdict: safe
COMMIT;
