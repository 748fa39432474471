-- verdict: safe
SET lock_timeout = '5s';
-- verdict: safe
ALTER TABLE subscriptions ADD COLUMN seats integer NOT NULL DEFAULT 1;
-- verdict: safe
ALTER TABLE subscriptions ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
-- verdict: hazard volatile-default
ALTER TABLE subscriptions ADD COLUMN token text NOT NULL DEFAULT md5(random()::text);
