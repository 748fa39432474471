-- verdict: safe
ALTER TABLE readings ADD COLUMN quality INTEGER NOT NULL DEFAULT 100 CHECK (quality BETWEEN 0 AND 100);
-- verdict: hazard add-column-stored-generated
ALTER TABLE readings ADD COLUMN value_f REAL GENERATED ALWAYS AS (value * 1.8 + 32) STORED;
-- verdict: safe
UPDATE readings SET unit = 'C' WHERE unit IS NULL AND id BETWEEN 1 AND 10000;
-- verdict: hazard vacuum-in-transaction
VACUUM;
