-- verdict: safe
COMMENT ON TABLE tickets IS 'support tickets';
-- verdict: safe
GRANT SELECT ON tickets TO reporting;
