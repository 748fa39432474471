-- verdict: safe
BEGIN;

-- Running upgrade 1a2b3c4d5e6f -> 2b3c4d5e6f70

-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- PostgreSQL 11: ALTER TYPE ... ADD VALUE cannot run inside a transaction block
-- verdict: hazard fails-in-transaction
ALTER TYPE stock_state ADD VALUE 'reserved';

-- verdict: safe
ALTER TABLE stock_items ADD COLUMN reserved_qty INTEGER DEFAULT '0' NOT NULL;

-- verdict: safe
UPDATE alembic_version SET version_num='2b3c4d5e6f70' WHERE alembic_version.version_num = '1a2b3c4d5e6f';

-- verdict: safe
COMMIT;
