-- fixture: --select statements-after-exclusive-lock --assume-in-transaction
CREATE TABLE accounts (id bigserial PRIMARY KEY, currency char(3), email varchar(50));
CREATE TABLE currencies (code char(3) PRIMARY KEY, name text);
CREATE TABLE ledger_entries (id bigserial PRIMARY KEY, memo varchar(100), amount numeric(10,2));
