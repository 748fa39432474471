-- fixture: --dialect mysql --select mysql-insert-select-whole-table
CREATE TABLE payments (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, amount DECIMAL(10,2) NOT NULL, status VARCHAR(20) NOT NULL);
CREATE TABLE payment_log (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, payment_id BIGINT NOT NULL, note TEXT);
-- a table created in the same migration has nothing to lock
CREATE TABLE payments_copy LIKE payments;
INSERT INTO payments_copy SELECT * FROM payments;
CREATE TABLE refunds (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, payment_id BIGINT NOT NULL, reason VARCHAR(20) NOT NULL, KEY refunds_reason (reason));
