-- alembic upgrade 4d5e6f708192:5e6f708192a3 --sql
-- verdict: safe
BEGIN;

-- Running upgrade 4d5e6f708192 -> 5e6f708192a3

-- verdict: hazard fails-in-transaction
ALTER TYPE product_status ADD VALUE 'archived';

-- verdict: safe
UPDATE alembic_version SET version_num='5e6f708192a3' WHERE alembic_version.version_num = '4d5e6f708192';

-- verdict: safe
COMMIT;
