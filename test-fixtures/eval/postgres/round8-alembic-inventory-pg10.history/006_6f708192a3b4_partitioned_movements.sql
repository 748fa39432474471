-- alembic upgrade 5e6f708192a3:6f708192a3b4 --sql
-- verdict: safe
BEGIN;

-- Running upgrade 5e6f708192a3 -> 6f708192a3b4

-- verdict: safe
SET lock_timeout = '4s';

-- verdict: safe
CREATE TABLE stock_movements_p (
    id BIGINT NOT NULL, 
    warehouse_id INTEGER NOT NULL, 
    product_id INTEGER NOT NULL, 
    delta INTEGER NOT NULL, 
    source VARCHAR(20) DEFAULT 'manual' NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL
) PARTITION BY RANGE (created_at);

-- verdict: safe
CREATE TABLE stock_movements_p2024h2 PARTITION OF stock_movements_p FOR VALUES FROM ('2024-07-01') TO ('2025-01-01');

-- verdict: safe
CREATE TABLE stock_movements_p2025h1 PARTITION OF stock_movements_p FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');

-- verdict: safe
CREATE INDEX ix_stock_movements_p2024h2_product_id ON stock_movements_p2024h2 (product_id, created_at);

-- verdict: safe
CREATE INDEX ix_stock_movements_p2025h1_product_id ON stock_movements_p2025h1 (product_id, created_at);

-- op.create_index on the parent table
-- verdict: hazard fails-on-pg-version
CREATE INDEX ix_stock_movements_p_created_at ON stock_movements_p (created_at);

-- verdict: safe
UPDATE alembic_version SET version_num='6f708192a3b4' WHERE alembic_version.version_num = '5e6f708192a3';

-- verdict: safe
COMMIT;
