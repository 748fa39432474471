-- fixture: --select range-write-in-one-statement
CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint NOT NULL, last_seen timestamptz NOT NULL, status text NOT NULL);
CREATE TABLE orders (order_no bigint PRIMARY KEY, created_at date NOT NULL, channel text);
CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);
