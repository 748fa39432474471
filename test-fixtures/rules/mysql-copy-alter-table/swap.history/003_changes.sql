-- appending an ENUM member at the end: INSTANT (the column's type is known through LIKE and the swap)
ALTER TABLE invoices MODIFY COLUMN state ENUM('draft','sent','paid','void') NOT NULL DEFAULT 'draft';
-- expect: mysql-copy-alter-table
ALTER TABLE invoices MODIFY COLUMN state ENUM('draft','queued','sent','paid','void') NOT NULL DEFAULT 'draft';
-- a ninth SET member needs a second byte: copy
-- expect: mysql-copy-alter-table
ALTER TABLE invoices MODIFY COLUMN flags SET('a','b','c','d','e','f','g','h','i') NOT NULL DEFAULT '';
ALTER TABLE invoices MODIFY COLUMN memo VARCHAR(60) NULL;
-- the old table kept its INT id
-- expect: mysql-copy-alter-table
ALTER TABLE invoices_old MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT;
