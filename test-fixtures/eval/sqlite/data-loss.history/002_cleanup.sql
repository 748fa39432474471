-- verdict: hazard data-loss
DROP TABLE old_tokens;

-- verdict: hazard data-loss
ALTER TABLE accounts DROP COLUMN legacy_pin;

-- verdict: hazard data-loss
DELETE FROM login_attempts;

-- verdict: safe
DELETE FROM login_attempts WHERE id = 1;
