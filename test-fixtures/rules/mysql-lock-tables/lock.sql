-- fixture: --dialect mysql --select mysql-lock-tables
-- expect: mysql-lock-tables
LOCK TABLES `accounts` WRITE;
UPDATE `accounts` SET plan = 'free' WHERE plan IS NULL;
UNLOCK TABLES;
-- expect: mysql-lock-tables
LOCK TABLES orders READ, customers READ;
UNLOCK TABLES;
CREATE TABLE scratch (id INT PRIMARY KEY);
LOCK TABLES scratch WRITE;
UNLOCK TABLES;
