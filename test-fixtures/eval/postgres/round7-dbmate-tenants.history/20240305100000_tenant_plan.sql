-- migrate:up
-- verdict: safe
SET LOCAL lock_timeout = '5s';

-- verdict: safe
CREATE TYPE app.plan_tier AS ENUM ('free', 'pro', 'enterprise');

-- verdict: hazard lock-held-for-later-work
ALTER TABLE app.tenants ADD COLUMN plan app.plan_tier NOT NULL DEFAULT 'free';

-- text -> varchar(63): length check forces a rewrite (and the unique index rebuild)
-- verdict: hazard table-rewrite
ALTER TABLE app.tenants ALTER COLUMN slug SET DATA TYPE varchar(63);

-- verdict: safe
GRANT SELECT ON app.tenants, app.rooms TO reporting;

-- verdict: safe
ALTER TABLE app.rooms OWNER TO app_owner;

-- migrate:down
SET LOCAL lock_timeout = '5s';

ALTER TABLE app.tenants DROP COLUMN plan;

DROP TYPE app.plan_tier;
