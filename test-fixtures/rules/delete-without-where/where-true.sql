-- fixture: --select delete-without-where
-- expect: delete-without-where
delete from payment_events where true;
-- expect: delete-without-where
DELETE FROM "payment_events" WHERE (1 = 1) AND 'x' = 'x';

ALTER TABLE payment_events ADD COLUMN processed_at timestamptz;
-- expect: delete-without-where
DELETE FROM payment_events WHERE processed_at IS NULL;

DELETE FROM payment_events WHERE created_at < now() - interval '90 days';
DELETE FROM payment_events WHERE true AND kind = 'test';
DELETE FROM payment_events WHERE id = 1 OR true;
