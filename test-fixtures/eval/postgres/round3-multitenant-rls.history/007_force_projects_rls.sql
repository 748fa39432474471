-- verdict: hazard missing-lock-timeout
ALTER TABLE app.projects FORCE ROW LEVEL SECURITY;

-- verdict: safe
ALTER POLICY projects_tenant_isolation ON app.projects
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
