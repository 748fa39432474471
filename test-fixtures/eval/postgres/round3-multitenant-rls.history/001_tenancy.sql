-- verdict: safe
CREATE SCHEMA app;

-- verdict: safe
CREATE TABLE app.tenants (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug       text NOT NULL UNIQUE,
    name       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE TABLE app.projects (
    id        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id uuid NOT NULL REFERENCES app.tenants (id),
    name      text NOT NULL,
    archived  boolean NOT NULL DEFAULT false
);

-- verdict: safe
CREATE INDEX projects_tenant_idx ON app.projects (tenant_id);

-- verdict: safe
CREATE TABLE app.documents (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id  uuid NOT NULL REFERENCES app.tenants (id),
    project_id uuid NOT NULL REFERENCES app.projects (id),
    title      text NOT NULL,
    body       text,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX documents_tenant_project_idx ON app.documents (tenant_id, project_id);

-- verdict: safe
ALTER TABLE app.projects OWNER TO app_owner;

-- verdict: safe
ALTER TABLE app.documents OWNER TO app_owner;

-- verdict: safe
ALTER TABLE app.projects ENABLE ROW LEVEL SECURITY;

-- verdict: safe
CREATE POLICY projects_tenant_isolation ON app.projects
    USING (tenant_id = current_setting('app.tenant_id')::uuid);

-- verdict: safe
GRANT USAGE ON SCHEMA app TO app_user;

-- verdict: safe
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA app TO app_user;

-- verdict: safe
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_user;
