-- verdict: hazard unbatched-update
UPDATE audit_events SET severity = 'info';

-- verdict: safe
UPDATE audit_events SET severity = 'warn' WHERE id = 17;

-- verdict: safe
DELETE FROM sessions WHERE token = 'revoked-token-123';
