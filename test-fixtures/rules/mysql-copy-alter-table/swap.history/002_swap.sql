-- A copy made with CREATE TABLE ... LIKE has the source's columns; RENAME TABLE swaps both pairs.
CREATE TABLE invoices_new LIKE invoices;
ALTER TABLE invoices_new MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT;
RENAME TABLE invoices TO invoices_old, invoices_new TO invoices;
