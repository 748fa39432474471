-- verdict: safe
CREATE TABLE tmp_merge (id INT PRIMARY KEY, val INT) ENGINE=InnoDB;

-- verdict: safe
INSERT INTO tmp_merge (id, val) VALUES (1, 1), (2, 2);

-- verdict: safe
ALTER TABLE tmp_merge MODIFY val BIGINT;

-- verdict: safe
DROP TABLE tmp_merge;
