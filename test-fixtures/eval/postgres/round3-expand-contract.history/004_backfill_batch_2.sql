-- verdict: safe
UPDATE members SET email_normalized = lower(email)
WHERE id BETWEEN 150001 AND 200000 AND email_normalized IS NULL;

-- verdict: safe
UPDATE members SET email_normalized = lower(email)
WHERE id BETWEEN 200001 AND 250000 AND email_normalized IS NULL;

-- verdict: safe
UPDATE members SET email_normalized = lower(email)
WHERE id > 250000 AND id <= 300000 AND email_normalized IS NULL;
