-- no index starts with status: a full scan that locks every row
-- expect: mysql-unindexed-write
UPDATE accounts SET note = 'legacy' WHERE status = 'legacy';
-- status is the second column of ix_created: the leftmost prefix is created_at
-- expect: mysql-unindexed-write
DELETE FROM accounts WHERE status IN ('spam', 'closed') AND note IS NOT NULL;
-- expect: mysql-unindexed-write
UPDATE events SET payload = NULL WHERE kind LIKE '%debug' AND at < '2020-01-01';
-- seeks: primary key, unique key, the leading column of a secondary key, a foreign key's index
UPDATE accounts SET note = NULL WHERE id = 42;
UPDATE accounts SET status = 'active' WHERE email = 'a@example.com';
DELETE FROM accounts WHERE created_at < DATE_SUB(NOW(), INTERVAL 2 YEAR) AND status = 'closed';
UPDATE accounts SET plan_id = 2 WHERE plan_id = 1;
UPDATE events SET payload = NULL WHERE id BETWEEN 1 AND 1000;
-- <> and NOT IN are ranges either side of the values: the unique key on email serves them
DELETE FROM accounts WHERE email <> 'keep@example.com';
-- a condition the reader cannot follow (a subquery, a function of the column): not concluded
UPDATE accounts SET note = NULL WHERE LOWER(status) = 'x';
UPDATE accounts SET note = NULL WHERE id IN (SELECT account_id FROM audit);
