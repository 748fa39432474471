-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '2s';

-- verdict: safe
ALTER TABLE cart_items ALTER COLUMN price_cents SET DEFAULT 0;

-- verdict: safe
COMMIT;
