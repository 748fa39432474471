-- CHANGE that only renames (same type): in place, no copy
ALTER TABLE accounts CHANGE created_at created_on DATETIME;
ALTER TABLE accounts CHANGE COLUMN email email_address VARCHAR(100) NOT NULL;
-- CHANGE that renames and changes the type: a copy
-- expect: mysql-copy-alter-table
ALTER TABLE accounts CHANGE score points BIGINT;
