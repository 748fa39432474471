-- fixture: --dialect mysql --select mysql-copy-alter-table
-- expect: mysql-copy-alter-table
ALTER TABLE orders ADD CONSTRAINT orders_total_nonneg CHECK (total >= 0);
-- expect: mysql-copy-alter-table
ALTER TABLE orders ADD CHECK (qty > 0);
-- dropping one is in place
ALTER TABLE orders DROP CHECK orders_total_nonneg;
-- a table of this migration holds no rows
CREATE TABLE refunds (id bigint PRIMARY KEY, amount decimal(10, 2));
ALTER TABLE refunds ADD CONSTRAINT refunds_amount_positive CHECK (amount > 0);
