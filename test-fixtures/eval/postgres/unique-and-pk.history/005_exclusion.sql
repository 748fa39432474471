-- verdict: safe
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard unique-under-lock
ALTER TABLE sessions ADD CONSTRAINT sessions_no_overlap EXCLUDE USING gist (account_id WITH =, tstzrange(expires_at - interval '1 hour', expires_at) WITH &&);
