-- verdict: safe
SET lock_timeout = '2s';

-- verdict: safe
CREATE TABLE app.tenant_settings (
    tenant_id uuid PRIMARY KEY REFERENCES app.tenants (id),
    plan      text NOT NULL DEFAULT 'free',
    settings  jsonb NOT NULL DEFAULT '{}'
);

-- Writes only into the table created above.
-- verdict: safe
INSERT INTO app.tenant_settings (tenant_id)
SELECT id FROM app.tenants
ON CONFLICT (tenant_id) DO NOTHING;

-- verdict: safe
ALTER TABLE app.tenant_settings ENABLE ROW LEVEL SECURITY;

-- verdict: safe
CREATE POLICY tenant_settings_isolation ON app.tenant_settings
    USING (tenant_id = current_setting('app.tenant_id')::uuid);
