-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
ALTER TABLE audit_logs ADD COLUMN ip_address inet;

-- verdict: safe
ALTER TABLE api_keys ADD COLUMN last_used_at timestamptz;

-- verdict: safe
ALTER TABLE api_keys ADD COLUMN revoked boolean NOT NULL DEFAULT false;
