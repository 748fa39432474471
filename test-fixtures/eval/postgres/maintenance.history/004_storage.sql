-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE metrics SET (autovacuum_vacuum_scale_factor = 0.01, fillfactor = 90);

-- verdict: safe
ALTER TABLE metrics ALTER COLUMN value SET STATISTICS 500;

-- verdict: hazard table-rewrite
ALTER TABLE metrics SET UNLOGGED;

-- verdict: hazard table-rewrite
ALTER TABLE metrics SET TABLESPACE fast_ssd;
