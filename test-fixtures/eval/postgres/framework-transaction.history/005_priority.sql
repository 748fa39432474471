-- verdict: safe
SET lock_timeout = '4s';

-- verdict: safe
ALTER TABLE tickets ADD COLUMN priority smallint;

-- verdict: safe
COMMENT ON COLUMN tickets.priority IS '1 = highest';
