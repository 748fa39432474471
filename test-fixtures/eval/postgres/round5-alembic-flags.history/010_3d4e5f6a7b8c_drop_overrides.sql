-- verdict: safe
BEGIN;

-- verdict: safe
SET lock_timeout = '5s';

-- Running upgrade 2c3d4e5f6a7b -> 3d4e5f6a7b8c

-- verdict: hazard data-loss
DROP TABLE flag_overrides;

-- verdict: safe
UPDATE alembic_version SET version_num='3d4e5f6a7b8c' WHERE alembic_version.version_num = '2c3d4e5f6a7b';

-- verdict: safe
COMMIT;
