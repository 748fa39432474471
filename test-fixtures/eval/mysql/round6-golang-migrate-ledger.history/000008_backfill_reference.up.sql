-- verdict: safe
UPDATE transfers SET reference = UUID() WHERE reference IS NULL AND id BETWEEN 1 AND 50000;
-- verdict: safe
DELETE FROM transfers WHERE amount_cents = 0 AND created_at < '2020-01-01' LIMIT 1000;
-- verdict: hazard unbatched-delete
DELETE FROM transfers;
