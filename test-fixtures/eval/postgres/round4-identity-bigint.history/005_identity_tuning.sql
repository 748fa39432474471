-- verdict: safe
SET lock_timeout = '3s';

-- The ORM never sends audit_log.id; metadata only.
-- verdict: safe
ALTER TABLE audit_log ALTER COLUMN id SET GENERATED ALWAYS;

-- verdict: safe
ALTER TABLE line_items ALTER COLUMN id RESTART WITH 60000000;

-- verdict: safe
ALTER SEQUENCE legacy_order_no_seq AS bigint;

-- verdict: safe
ALTER SEQUENCE legacy_order_no_seq CACHE 20;
