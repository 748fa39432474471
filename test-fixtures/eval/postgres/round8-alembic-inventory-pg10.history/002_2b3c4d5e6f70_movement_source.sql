-- alembic upgrade 1a2b3c4d5e6f:2b3c4d5e6f70 --sql
-- verdict: safe
BEGIN;

-- Running upgrade 1a2b3c4d5e6f -> 2b3c4d5e6f70

-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard table-rewrite
ALTER TABLE stock_movements ADD COLUMN source VARCHAR(20) DEFAULT 'manual' NOT NULL;

-- verdict: safe
ALTER TABLE products ADD COLUMN weight_grams INTEGER;

-- verdict: safe
UPDATE alembic_version SET version_num='2b3c4d5e6f70' WHERE alembic_version.version_num = '1a2b3c4d5e6f';

-- verdict: safe
COMMIT;
