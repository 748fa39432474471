-- verdict: safe
UPDATE app.projects SET archived = true WHERE id = '6f1c2a4e-8d1b-4c53-9a0e-2b7f5d3c1e90';

-- verdict: hazard data-loss
DELETE FROM tenant_acme.report_runs;

-- verdict: safe
COMMENT ON SCHEMA tenant_acme IS 'Dedicated schema for the Acme enterprise tenant';
