-- verdict: safe
ALTER TABLE clicks VALIDATE CONSTRAINT clicks_id_new_nn;
