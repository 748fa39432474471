-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard set-not-null-scan
ALTER TABLE shipments ALTER COLUMN tracking SET NOT NULL;

-- verdict: safe
ALTER TABLE shipments ADD COLUMN weight_grams integer NOT NULL DEFAULT 0;
