-- fixture: --select syntax-error,unparsed-statement
-- expect: syntax-error
CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL;

CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);

-- expect: syntax-error
ALTER TABLE orders ADD COLUMN total numeric(10, 2));

-- expect: syntax-error
CREAT INDEX orders_account ON orders (account_id);

-- valid SQL, brackets inside strings and quoted names do not count
CREATE TABLE "odd(" (id bigint, note text DEFAULT ')(', CHECK (note <> '('));

-- a CREATE RULE action list is the one place for ';' inside brackets
CREATE RULE orders_log AS ON INSERT TO orders DO ALSO (NOTIFY orders; NOTIFY accounts);

-- not understood but no evidence it is invalid: a note
-- expect: unparsed-statement
CREATE INDEX orders_total ON;

-- MySQL's backtick quotes are no PostgreSQL
-- expect: syntax-error
UPDATE `orders` SET account_id = 0 WHERE id = 1;
