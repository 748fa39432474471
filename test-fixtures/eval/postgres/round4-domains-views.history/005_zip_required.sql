-- verdict: safe
SET lock_timeout = '3s';

-- verdict: hazard domain-not-null-scan
ALTER DOMAIN us_postal_code SET NOT NULL;
