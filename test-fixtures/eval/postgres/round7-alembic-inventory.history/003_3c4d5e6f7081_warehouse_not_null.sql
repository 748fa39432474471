-- verdict: safe
BEGIN;

-- Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7081

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: safe
ALTER TABLE stock_items ADD CONSTRAINT stock_items_warehouse_id_not_null CHECK (warehouse_id IS NOT NULL) NOT VALID;

-- verdict: safe
UPDATE alembic_version SET version_num='3c4d5e6f7081' WHERE alembic_version.version_num = '2b3c4d5e6f70';

-- verdict: safe
COMMIT;

-- verdict: safe
BEGIN;

-- verdict: safe
ALTER TABLE stock_items VALIDATE CONSTRAINT stock_items_warehouse_id_not_null;

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- PostgreSQL 11 does not use the validated CHECK to skip the scan (that arrived in 12)
-- verdict: hazard full-scan-under-lock
ALTER TABLE stock_items ALTER COLUMN warehouse_id SET NOT NULL;

-- verdict: safe
COMMIT;
