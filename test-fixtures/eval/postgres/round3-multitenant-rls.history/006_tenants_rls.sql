-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
CREATE POLICY tenants_self ON app.tenants
    USING (id = current_setting('app.tenant_id')::uuid);

-- verdict: safe
ALTER TABLE app.tenants ENABLE ROW LEVEL SECURITY;
