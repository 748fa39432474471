-- verdict: safe
SET lock_timeout = '5s';

-- verdict: hazard table-rewrite
ALTER TABLE subscriptions ADD COLUMN is_active boolean NOT NULL DEFAULT true;

-- verdict: safe
ALTER TABLE subscriptions ADD COLUMN note text;

-- verdict: hazard table-rewrite
ALTER TABLE subscriptions ADD COLUMN seats integer DEFAULT 1;
