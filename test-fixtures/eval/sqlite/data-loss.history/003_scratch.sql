-- verdict: safe
CREATE TABLE scratch (k TEXT PRIMARY KEY, v TEXT);

-- verdict: safe
INSERT INTO scratch (k, v) VALUES ('a', '1');

-- verdict: safe
DELETE FROM scratch;

-- verdict: safe
DROP TABLE scratch;
