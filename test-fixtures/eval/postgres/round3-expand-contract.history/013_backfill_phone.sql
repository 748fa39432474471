-- verdict: safe
UPDATE members SET phone_e164 = regexp_replace(phone, '[^0-9+]', '', 'g')
WHERE id BETWEEN 1 AND 100000 AND phone IS NOT NULL;

-- verdict: safe
UPDATE members SET phone_e164 = regexp_replace(phone, '[^0-9+]', '', 'g')
WHERE id BETWEEN 100001 AND 200000 AND phone IS NOT NULL;

-- verdict: safe
UPDATE members SET phone_e164 = regexp_replace(phone, '[^0-9+]', '', 'g')
WHERE id BETWEEN 200001 AND 300000 AND phone IS NOT NULL;
