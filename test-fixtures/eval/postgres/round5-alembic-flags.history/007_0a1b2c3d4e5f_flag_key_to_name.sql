-- verdict: safe
BEGIN;

-- verdict: safe
SET lock_timeout = '5s';

-- Running upgrade f6a7b8c9d0e1 -> 0a1b2c3d4e5f

-- verdict: hazard rename-column
ALTER TABLE feature_flags RENAME key TO name;

-- verdict: safe
UPDATE alembic_version SET version_num='0a1b2c3d4e5f' WHERE alembic_version.version_num = 'f6a7b8c9d0e1';

-- verdict: safe
COMMIT;
