-- verdict: safe
CREATE EXTENSION IF NOT EXISTS pgcrypto;

-- verdict: safe
CREATE TABLE "Device" (
    "id" BIGSERIAL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "ownerId" BIGINT
);

-- verdict: safe
CREATE TABLE audit_log (
    action    text NOT NULL,
    actor_id  bigint,
    detail    jsonb
);
