-- the framework's one transaction keeps the lock of the first statement during the index build
-- expect: lock-held-during-later-work
ALTER TABLE accounts ADD COLUMN plan text;
CREATE INDEX accounts_email ON accounts (email);
