-- verdict: safe
ALTER TABLE transfers ENGINE=InnoDB, ALGORITHM=INPLACE, LOCK=NONE;
-- verdict: safe
ANALYZE TABLE accounts;
