-- fixture: --pg-version 11
-- verdict: safe
CREATE TYPE sub_state AS ENUM ('trial', 'active');
-- verdict: safe
CREATE TABLE subscriptions (
    id         bigserial PRIMARY KEY,
    user_id    bigint NOT NULL,
    state      sub_state NOT NULL DEFAULT 'trial',
    renews_at  timestamptz
);
