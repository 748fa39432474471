-- verdict: safe
BEGIN;

-- Running upgrade 4d5e6f708192 -> 5e6f708192a3

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: hazard table-rewrite
ALTER TABLE stock_items ALTER COLUMN created_at TYPE TIMESTAMP WITH TIME ZONE;

-- generated columns need PostgreSQL 12
-- verdict: hazard fails-unsupported-version
ALTER TABLE warehouses ADD COLUMN code_upper VARCHAR(10) GENERATED ALWAYS AS (upper(code)) STORED;

-- verdict: safe
ALTER TABLE warehouses ALTER COLUMN city TYPE VARCHAR(120);

-- verdict: safe
UPDATE alembic_version SET version_num='5e6f708192a3' WHERE alembic_version.version_num = '4d5e6f708192';

-- verdict: safe
COMMIT;
