-- fixture: --pg-version 10
-- verdict: safe
CREATE TABLE subscriptions (
    id           serial PRIMARY KEY,
    user_id      integer NOT NULL,
    plan         text NOT NULL,
    started_at   timestamp NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX subscriptions_user_idx ON subscriptions (user_id);
