-- fixture: --dialect mysql --select rename-table
-- pt-online-schema-change / gh-ost cut-over: both renames happen atomically in one statement, the
-- application's table name never goes missing.
RENAME TABLE order_notes TO _order_notes_old, _order_notes_new TO order_notes;
RENAME TABLE `orders` TO `_orders_del`, `_orders_gho` TO `orders`;

-- Two statements: MySQL DDL commits at once, so between them there is no order_items.
-- expect: rename-table
RENAME TABLE order_items TO _order_items_old;
-- expect: rename-table
RENAME TABLE _order_items_new TO order_items;

-- Several plain renames in one statement each break the name they free.
-- expect: rename-table
RENAME TABLE customers TO clients, vendors TO suppliers;

-- A hand-rolled swap: the copy is a snapshot, writes made to invoices after it stay behind in invoices_old.
CREATE TABLE invoices_new LIKE invoices;
ALTER TABLE invoices_new MODIFY COLUMN id BIGINT NOT NULL AUTO_INCREMENT;
INSERT INTO invoices_new SELECT * FROM invoices;
-- expect: rename-table
RENAME TABLE invoices TO invoices_old, invoices_new TO invoices;

-- With triggers keeping the copy in sync (pt-online-schema-change) the swap loses nothing.
CREATE TABLE _payments_new LIKE payments;
CREATE TRIGGER pt_osc_payments_ins AFTER INSERT ON payments FOR EACH ROW
    REPLACE INTO _payments_new (id, amount) VALUES (NEW.id, NEW.amount);
INSERT LOW_PRIORITY IGNORE INTO _payments_new (id, amount) SELECT id, amount FROM payments;
RENAME TABLE payments TO _payments_old, _payments_new TO payments;
