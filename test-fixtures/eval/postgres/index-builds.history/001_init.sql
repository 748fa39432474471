-- verdict: safe
CREATE TABLE events (
    id          bigserial PRIMARY KEY,
    user_id     bigint NOT NULL,
    kind        text NOT NULL,
    payload     jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX events_kind_created_idx ON events (kind, created_at);

-- verdict: safe
CREATE TABLE users (
    id     bigserial PRIMARY KEY,
    email  text NOT NULL
);
