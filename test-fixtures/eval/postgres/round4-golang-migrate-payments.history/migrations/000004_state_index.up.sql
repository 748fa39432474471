-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
ALTER TABLE payments ALTER COLUMN state SET DEFAULT 'created';

-- verdict: safe
COMMIT;

-- After the COMMIT the rest of the string is still an implicit transaction block.
-- verdict: hazard concurrently-in-transaction
CREATE INDEX CONCURRENTLY payments_state_idx ON payments (state);

-- verdict: safe
ANALYZE payments;
