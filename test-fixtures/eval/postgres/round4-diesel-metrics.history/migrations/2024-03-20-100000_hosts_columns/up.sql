-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE hosts ADD COLUMN labels JSONB NOT NULL DEFAULT '{}'::jsonb;

-- verdict: hazard volatile-default-rewrite
ALTER TABLE hosts ADD COLUMN agent_token UUID NOT NULL DEFAULT gen_random_uuid();

-- real -> double is a rewrite; here it is double -> numeric: also a rewrite.
-- verdict: hazard type-change-rewrite
ALTER TABLE samples ALTER COLUMN value TYPE NUMERIC(18,6);

-- verdict: safe
ALTER TABLE samples ALTER COLUMN metric SET STATISTICS 500;
