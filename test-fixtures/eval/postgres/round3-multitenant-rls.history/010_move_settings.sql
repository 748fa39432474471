-- verdict: safe
CREATE SCHEMA IF NOT EXISTS config;

-- verdict: safe
SET lock_timeout = '2s';

-- The running release still queries app.tenant_settings.
-- verdict: hazard rename
ALTER TABLE app.tenant_settings SET SCHEMA config;
