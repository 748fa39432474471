-- fixture: --select unclosed-transaction
BEGIN;
CREATE TABLE invoices (id bigint PRIMARY KEY);
ROLLBACK;
START TRANSACTION;
CREATE TABLE payments (id bigint PRIMARY KEY);
END;
