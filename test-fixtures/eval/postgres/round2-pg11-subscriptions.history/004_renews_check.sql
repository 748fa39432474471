-- verdict: safe
SET lock_timeout = '5s';
-- verdict: safe
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_renews_nn CHECK (renews_at IS NOT NULL) NOT VALID;
