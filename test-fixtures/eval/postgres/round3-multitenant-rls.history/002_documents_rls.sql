-- verdict: safe
BEGIN;

-- verdict: safe
SET LOCAL lock_timeout = '2s';

-- Policy first, then enable, in one transaction: the app never sees a table with RLS and no policy.
-- verdict: safe
CREATE POLICY documents_tenant_isolation ON app.documents
    USING (tenant_id = current_setting('app.tenant_id')::uuid)
    WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);

-- verdict: safe
ALTER TABLE app.documents ENABLE ROW LEVEL SECURITY;

-- verdict: safe
ALTER TABLE app.documents FORCE ROW LEVEL SECURITY;

-- verdict: safe
COMMIT;
