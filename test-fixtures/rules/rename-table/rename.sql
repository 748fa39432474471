-- fixture: --select rename-table
-- expect: rename-table
ALTER TABLE customers RENAME TO clients;

-- expect: rename-table
ALTER TABLE IF EXISTS "public"."OrderItems" RENAME TO order_items;

CREATE TABLE draft_posts (id bigint PRIMARY KEY);
ALTER TABLE draft_posts RENAME TO posts;
ALTER INDEX idx_customers_name RENAME TO idx_clients_name;
