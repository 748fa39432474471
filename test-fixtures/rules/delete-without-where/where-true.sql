-- fixture: --select delete-without-where
-- expect: delete-without-where
delete from payment_events where true;
-- expect: delete-without-where
DELETE FROM "payment_refunds" WHERE (1 = 1) AND 'x' = 'x';

ALTER TABLE payment_attempts ADD COLUMN processed_at timestamptz;
-- expect: delete-without-where
DELETE FROM payment_attempts WHERE processed_at IS NULL;

DELETE FROM payment_logs WHERE created_at < now() - interval '90 days';
DELETE FROM payment_logs WHERE true AND kind = 'test';
DELETE FROM payment_logs WHERE id = 1 OR true;
-- payment_events was emptied by the first DELETE of this migration: a second one has nothing left to delete
DELETE FROM payment_events WHERE true;
