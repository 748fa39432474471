-- verdict: safe
SET lock_timeout = '3s';

-- SET UNLOGGED rewrites the whole table under ACCESS EXCLUSIVE.
-- verdict: hazard table-rewrite
ALTER TABLE import_staging SET UNLOGGED;
