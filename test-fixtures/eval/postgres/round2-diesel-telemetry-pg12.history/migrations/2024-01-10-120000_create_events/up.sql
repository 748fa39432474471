-- verdict: safe
CREATE TYPE event_level AS ENUM ('info', 'warn');
-- verdict: safe
CREATE TABLE events (
    id         SERIAL PRIMARY KEY,
    kind       VARCHAR NOT NULL,
    body       TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMP NOT NULL DEFAULT NOW()
);
-- verdict: safe
SELECT diesel_manage_updated_at('events');
-- verdict: safe
CREATE TABLE devices (
    id     BIGSERIAL PRIMARY KEY,
    serial TEXT NOT NULL,
    label  TEXT
);
