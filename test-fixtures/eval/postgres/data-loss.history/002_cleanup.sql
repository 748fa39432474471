-- verdict: hazard data-loss
DROP TABLE legacy_users;

-- verdict: hazard data-loss
DROP TABLE IF EXISTS tmp_import CASCADE;

-- verdict: hazard data-loss
TRUNCATE sessions;

-- verdict: hazard data-loss
DELETE FROM audit_events;
