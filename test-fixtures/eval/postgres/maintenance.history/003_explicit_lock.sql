-- verdict: safe
BEGIN;

-- verdict: hazard explicit-lock
LOCK TABLE metrics IN ACCESS EXCLUSIVE MODE;

-- verdict: safe
INSERT INTO metrics (name, value) VALUES ('migration.marker', 1);

-- verdict: safe
COMMIT;

-- verdict: safe
BEGIN;

-- verdict: hazard explicit-lock
LOCK TABLE metrics IN SHARE MODE;

-- verdict: safe
COMMIT;
