-- fixture: --select non-idempotent-ddl --assume-in-transaction
CREATE TABLE things (id bigint PRIMARY KEY);
DROP TABLE old_things;
ALTER TABLE orders ADD COLUMN note text;
