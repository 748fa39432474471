-- verdict: safe
UPDATE members SET email_normalized = lower(email)
WHERE id BETWEEN 1 AND 50000 AND email_normalized IS NULL;

-- verdict: safe
UPDATE members SET email_normalized = lower(email)
WHERE id BETWEEN 50001 AND 100000 AND email_normalized IS NULL;

-- verdict: safe
UPDATE members SET email_normalized = lower(email)
WHERE id BETWEEN 100001 AND 150000 AND email_normalized IS NULL;
