-- verdict: hazard rename-column
ALTER TABLE users CHANGE COLUMN nickname handle VARCHAR(40) NULL;
-- verdict: safe
ALTER TABLE users ALTER COLUMN score SET DEFAULT 10;
-- verdict: safe
ALTER TABLE users ADD COLUMN settings JSON NULL, ALGORITHM=INSTANT;
