-- verdict: safe
SELECT set_config('lock_timeout', '3s', false);
-- verdict: safe
ALTER TABLE tickets ADD COLUMN reporter bigint;
