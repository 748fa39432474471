-- verdict: safe
SET lock_timeout = '2s';

-- verdict: hazard lock-held-for-later-work
ALTER TABLE organizations ADD COLUMN audit_retention_days integer NOT NULL DEFAULT 400;

-- verdict: hazard unbatched-delete
DELETE FROM audit_logs WHERE created_at < now() - interval '400 days';
