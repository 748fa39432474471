-- verdict: safe
BEGIN;

-- verdict: hazard missing-lock-timeout
ALTER TABLE cart_items ADD COLUMN gift boolean;

-- verdict: safe
COMMIT;
