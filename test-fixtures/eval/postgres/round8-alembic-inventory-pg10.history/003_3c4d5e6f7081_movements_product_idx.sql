-- alembic upgrade 2b3c4d5e6f70:3c4d5e6f7081 --sql
-- verdict: safe
BEGIN;

-- Running upgrade 2b3c4d5e6f70 -> 3c4d5e6f7081

-- with op.get_context().autocommit_block():
-- verdict: safe
COMMIT;

-- verdict: safe
CREATE INDEX CONCURRENTLY ix_stock_movements_product_id_created_at ON stock_movements (product_id, created_at);

-- verdict: safe
BEGIN;

-- verdict: safe
UPDATE alembic_version SET version_num='3c4d5e6f7081' WHERE alembic_version.version_num = '2b3c4d5e6f70';

-- verdict: safe
COMMIT;
