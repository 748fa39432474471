CREATE TABLE payments_new LIKE payments;
-- expect: mysql-insert-select-whole-table
INSERT INTO payments_new SELECT * FROM payments;
-- expect: mysql-insert-select-whole-table
INSERT INTO payment_log (payment_id, note) SELECT id, status FROM payments WHERE 1 = 1;
-- batches of the primary key: fine
INSERT LOW_PRIORITY IGNORE INTO payments_new (id, amount, status)
    SELECT id, amount, status FROM payments WHERE id BETWEEN 1 AND 10000 LOCK IN SHARE MODE;
INSERT INTO payments_new (id, amount, status) SELECT id, amount, status FROM payments WHERE id > 10000 ORDER BY id LIMIT 1000;
-- an equality filter no index serves: InnoDB reads and locks every row of payments
-- expect: mysql-insert-select-whole-table
INSERT INTO payment_log (payment_id, note) SELECT id, 'refund' FROM payments WHERE status = 'refunded';
-- the same filter through an index locks only the matching rows
INSERT INTO payment_log (payment_id, note) SELECT payment_id, 'copied' FROM refunds WHERE reason = 'fraud';
INSERT INTO payment_log (payment_id, note) VALUES (1, 'manual');
-- an open-ended range copies an unbounded share of the live table in one transaction
-- expect: mysql-insert-select-whole-table
INSERT INTO payment_log (payment_id, note) SELECT id, status FROM payments WHERE amount > 0;
-- expect: mysql-insert-select-whole-table
INSERT INTO payments_new SELECT * FROM payments WHERE id < 5000000 AND status <> 'void';
-- a key lookup: one row
INSERT INTO payment_log (payment_id, note) SELECT id, 'chargeback' FROM payments WHERE id = 42;
