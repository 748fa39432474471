-- verdict: safe
CREATE TABLE organizations (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE audit_logs (
    id          bigserial PRIMARY KEY,
    org_id      bigint NOT NULL,
    actor_id    bigint,
    action      text NOT NULL,
    payload     jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE api_keys (
    id          bigserial PRIMARY KEY,
    org_id      bigint NOT NULL,
    key_hash    text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE UNIQUE INDEX api_keys_key_hash_idx ON api_keys (key_hash);

-- verdict: safe
CREATE INDEX api_keys_org_id_idx ON api_keys (org_id);
