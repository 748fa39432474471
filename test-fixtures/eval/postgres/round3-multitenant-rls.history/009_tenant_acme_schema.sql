-- verdict: safe
CREATE SCHEMA IF NOT EXISTS tenant_acme AUTHORIZATION app_owner;

-- verdict: safe
CREATE TABLE tenant_acme.reports (LIKE app.documents INCLUDING DEFAULTS);

-- verdict: safe
CREATE TABLE tenant_acme.report_runs (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id   uuid NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);

-- verdict: safe
GRANT USAGE ON SCHEMA tenant_acme TO app_user;

-- verdict: safe
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA tenant_acme TO app_user;
