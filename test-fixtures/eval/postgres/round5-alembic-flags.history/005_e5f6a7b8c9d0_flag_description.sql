-- verdict: safe
BEGIN;

-- Running upgrade d4e5f6a7b8c9 -> e5f6a7b8c9d0

-- verdict: hazard not-null-without-default
ALTER TABLE feature_flags ADD COLUMN description TEXT NOT NULL;

-- verdict: safe
UPDATE alembic_version SET version_num='e5f6a7b8c9d0' WHERE alembic_version.version_num = 'd4e5f6a7b8c9';

-- verdict: safe
COMMIT;
