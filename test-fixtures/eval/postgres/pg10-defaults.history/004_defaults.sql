-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE subscriptions ALTER COLUMN note SET DEFAULT '';

-- verdict: safe
ALTER TABLE subscriptions ADD COLUMN cancelled_at timestamp;

-- verdict: safe
CREATE TABLE subscription_events (
    id              serial PRIMARY KEY,
    subscription_id integer NOT NULL,
    kind            text NOT NULL DEFAULT 'created',
    at              timestamp NOT NULL DEFAULT now()
);

-- verdict: safe
ALTER TABLE subscription_events ADD COLUMN source text NOT NULL DEFAULT 'api';
