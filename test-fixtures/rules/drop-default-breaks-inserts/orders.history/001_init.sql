-- fixture: --select drop-default-breaks-inserts
CREATE TABLE shop_order (id bigint PRIMARY KEY, number text NOT NULL, status text NOT NULL DEFAULT 'new');
CREATE TABLE customer (id bigint PRIMARY KEY, name text);
