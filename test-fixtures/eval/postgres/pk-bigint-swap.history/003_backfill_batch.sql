-- verdict: safe
UPDATE clicks SET id_new = id WHERE id BETWEEN 1 AND 50000 AND id_new IS NULL;
