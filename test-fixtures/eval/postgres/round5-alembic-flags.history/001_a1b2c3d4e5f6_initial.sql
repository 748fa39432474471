-- alembic upgrade head --sql
-- verdict: safe
BEGIN;

-- verdict: safe
CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a1b2c3d4e5f6

-- verdict: safe
CREATE TABLE feature_flags (
    id SERIAL NOT NULL, 
    key VARCHAR(100) NOT NULL, 
    enabled BOOLEAN DEFAULT false NOT NULL, 
    rollout_pct INTEGER DEFAULT 0 NOT NULL, 
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (key)
);

-- verdict: safe
CREATE TABLE audit_log (
    id BIGSERIAL NOT NULL, 
    actor_id INTEGER, 
    action VARCHAR(64) NOT NULL, 
    payload JSONB, 
    created_at TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    PRIMARY KEY (id)
);

-- verdict: safe
CREATE INDEX ix_audit_log_created_at ON audit_log (created_at);

-- verdict: safe
INSERT INTO alembic_version (version_num) VALUES ('a1b2c3d4e5f6') RETURNING alembic_version.version_num;

-- verdict: safe
COMMIT;
