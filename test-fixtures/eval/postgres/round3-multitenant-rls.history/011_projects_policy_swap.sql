-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '2s';

-- verdict: safe
DROP POLICY projects_tenant_isolation ON app.projects;

-- verdict: safe
CREATE POLICY projects_tenant_rw ON app.projects
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

-- verdict: safe
COMMIT;
