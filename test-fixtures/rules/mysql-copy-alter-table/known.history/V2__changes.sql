ALTER TABLE users MODIFY email VARCHAR(60) NOT NULL;
ALTER TABLE users MODIFY name VARCHAR(100) NOT NULL;
ALTER TABLE users MODIFY status ENUM('active', 'blocked', 'deleted') NOT NULL DEFAULT 'active';
ALTER TABLE users MODIFY age INT NULL;
ALTER TABLE users ADD COLUMN phone VARCHAR(20) NULL AFTER email;
ALTER TABLE users ADD INDEX idx_users_phone (phone);
CREATE INDEX idx_users_name ON users (name);
ALTER TABLE users DROP COLUMN phone;
ALTER TABLE users ALTER COLUMN status SET DEFAULT 'blocked';
-- expect: mysql-copy-alter-table
ALTER TABLE users MODIFY name VARCHAR(50) NOT NULL;
-- expect: mysql-copy-alter-table
ALTER TABLE users MODIFY age BIGINT NULL;
-- expect: mysql-copy-alter-table
ALTER TABLE users CHANGE bio biography MEDIUMTEXT;
-- expect: mysql-copy-alter-table
ALTER TABLE users MODIFY status ENUM('blocked', 'active', 'deleted') NOT NULL;
