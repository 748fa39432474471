-- verdict: safe
SET lock_timeout = '3s';

-- Inserts that rely on the identity (the ORM never sends id) now fail on NOT NULL.
-- verdict: hazard breaks-inserts
ALTER TABLE audit_log ALTER COLUMN id DROP IDENTITY IF EXISTS;

-- Adding an identity column fills every existing row: full rewrite under ACCESS EXCLUSIVE.
-- verdict: hazard volatile-default-rewrite
ALTER TABLE shipments ADD COLUMN seq_no bigint GENERATED ALWAYS AS IDENTITY;

-- verdict: safe
ALTER TABLE line_items ALTER COLUMN id SET INCREMENT BY 1;
