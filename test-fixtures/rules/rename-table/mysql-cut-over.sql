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
