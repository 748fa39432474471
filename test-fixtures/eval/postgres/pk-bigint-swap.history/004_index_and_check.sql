-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY clicks_id_new_uidx ON clicks (id_new);

-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE clicks ADD CONSTRAINT clicks_id_new_nn CHECK (id_new IS NOT NULL) NOT VALID;
