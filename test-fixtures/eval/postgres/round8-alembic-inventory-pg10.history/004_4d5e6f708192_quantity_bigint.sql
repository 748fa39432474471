-- alembic upgrade 3c4d5e6f7081:4d5e6f708192 --sql
-- verdict: safe
BEGIN;

-- Running upgrade 3c4d5e6f7081 -> 4d5e6f708192

-- verdict: safe
SET lock_timeout = '4s';

-- verdict: hazard table-rewrite
ALTER TABLE stock_levels ALTER COLUMN quantity TYPE BIGINT;

-- verdict: safe
ALTER TABLE warehouses ADD COLUMN timezone VARCHAR(64);

-- verdict: safe
ALTER TABLE products ALTER COLUMN name TYPE VARCHAR(500);

-- verdict: safe
UPDATE alembic_version SET version_num='4d5e6f708192' WHERE alembic_version.version_num = '3c4d5e6f7081';

-- verdict: safe
COMMIT;
