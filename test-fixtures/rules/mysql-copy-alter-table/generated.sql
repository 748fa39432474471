-- fixture: --dialect mysql --select mysql-copy-alter-table
-- expect: mysql-copy-alter-table
ALTER TABLE users ADD COLUMN email_lower VARCHAR(100) AS (LOWER(email)) STORED;
-- expect: mysql-copy-alter-table
ALTER TABLE orders ADD COLUMN total_cents BIGINT GENERATED ALWAYS AS (amount * 100) STORED NOT NULL;
ALTER TABLE users ADD COLUMN email_domain VARCHAR(60) AS (SUBSTRING_INDEX(email, '@', -1)) VIRTUAL;
ALTER TABLE users ADD COLUMN name_upper VARCHAR(100) GENERATED ALWAYS AS (UPPER(name));
CREATE TABLE invoices (id INT PRIMARY KEY, net INT NOT NULL, gross INT AS (net * 2) STORED);
ALTER TABLE invoices ADD COLUMN tax INT AS (net / 5) STORED;
