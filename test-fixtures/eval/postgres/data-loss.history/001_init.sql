-- verdict: safe
CREATE TABLE legacy_users (id serial PRIMARY KEY, login text NOT NULL);

-- verdict: safe
CREATE TABLE sessions (token text PRIMARY KEY, user_id integer NOT NULL, expires_at timestamptz);

-- verdict: safe
CREATE TABLE audit_events (
    id           bigserial PRIMARY KEY,
    severity     text,
    payload      jsonb,
    legacy_flag  boolean,
    created_at   timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE tmp_import (line text);
