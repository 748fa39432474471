-- fixture: --select backfill-in-ddl-transaction,statements-after-exclusive-lock,lock-held-during-later-work --assume-in-transaction
CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, m text DEFAULT 'ok');
CREATE TABLE cats (id bigint PRIMARY KEY, title text);
