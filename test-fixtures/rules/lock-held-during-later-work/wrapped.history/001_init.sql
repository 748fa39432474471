-- fixture: --select lock-held-during-later-work --assume-in-transaction
CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
