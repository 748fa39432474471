-- verdict: safe
BEGIN;

-- Running upgrade 3c4d5e6f7081 -> 4d5e6f708192

-- verdict: safe
COMMIT;

-- op.get_context().autocommit_block()
-- verdict: safe
CREATE INDEX CONCURRENTLY ix_stock_items_sku ON stock_items (sku);

-- REINDEX ... CONCURRENTLY only exists from PostgreSQL 12
-- verdict: hazard fails-unsupported-version
REINDEX INDEX CONCURRENTLY stock_items_pkey;

-- verdict: safe
BEGIN;

-- verdict: safe
UPDATE alembic_version SET version_num='4d5e6f708192' WHERE alembic_version.version_num = '3c4d5e6f7081';

-- verdict: safe
COMMIT;
