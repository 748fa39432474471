-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '3s';

-- verdict: safe
ALTER TABLE clicks ALTER COLUMN id_new SET NOT NULL;

-- verdict: safe
ALTER TABLE clicks DROP CONSTRAINT clicks_pkey;

-- verdict: safe
ALTER TABLE clicks ADD CONSTRAINT clicks_pkey PRIMARY KEY USING INDEX clicks_id_new_uidx;

-- verdict: safe
ALTER TABLE clicks DROP CONSTRAINT clicks_id_new_nn;

-- verdict: safe
COMMIT;
