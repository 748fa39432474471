-- verdict: safe
SET statement_timeout = '30s';
-- verdict: hazard missing-lock-timeout
ALTER TABLE tickets ADD COLUMN priority smallint;
