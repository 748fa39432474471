-- verdict: safe
SET lock_timeout = '2s';

-- text -> varchar(n) checks every value: full rewrite under ACCESS EXCLUSIVE.
-- verdict: hazard table-rewrite
ALTER TABLE app.tenants ALTER COLUMN slug TYPE varchar(63);

-- verdict: safe
ALTER TABLE app.tenants ADD COLUMN region text;
