-- verdict: safe
CREATE TABLE staging_rows (id serial PRIMARY KEY, body text, processed boolean DEFAULT false);

-- verdict: safe
INSERT INTO staging_rows (body) VALUES ('a'), ('b'), ('c');

-- verdict: safe
UPDATE staging_rows SET processed = true;

-- verdict: safe
DELETE FROM staging_rows;

-- verdict: safe
TRUNCATE staging_rows;

-- verdict: safe
DROP TABLE staging_rows;
