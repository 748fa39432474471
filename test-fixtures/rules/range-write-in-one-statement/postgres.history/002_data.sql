-- expect: range-write-in-one-statement
DELETE FROM sessions WHERE last_seen < now() - interval '90 days';
-- expect: range-write-in-one-statement
UPDATE orders SET channel = 'legacy' WHERE created_at < '2022-01-01';
-- expect: range-write-in-one-statement
UPDATE orders SET channel = 'web' WHERE created_at BETWEEN '2020-01-01' AND current_date - 30 AND channel IS NULL;
-- a bound on the key is a batch
DELETE FROM sessions WHERE id < 100000;
DELETE FROM sessions WHERE last_seen < now() - interval '90 days' AND id <= 100000;
UPDATE orders SET channel = 'legacy' WHERE order_no BETWEEN 1 AND 50000 AND created_at < '2022-01-01';
-- an equality filter, a subquery batch, an inequality, a join: not this rule's case
DELETE FROM sessions WHERE status = 'revoked' AND last_seen < now();
DELETE FROM sessions WHERE id IN (SELECT id FROM sessions WHERE last_seen < now() - interval '90 days' ORDER BY id LIMIT 10000);
UPDATE orders SET channel = 'web' WHERE channel <> 'app';
UPDATE orders o SET channel = a.plan FROM accounts a WHERE a.id = o.order_no AND o.created_at < '2020-01-01';
-- a table of this migration is empty
CREATE TABLE audit (id bigint PRIMARY KEY, at timestamptz NOT NULL);
DELETE FROM audit WHERE at < now() - interval '1 year';
