-- verdict: safe
SET lock_timeout = '5s';
-- verdict: hazard not-null-scan
ALTER TABLE subscriptions ALTER COLUMN renews_at SET NOT NULL;
