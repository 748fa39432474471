-- fixture: --dialect mysql --select mysql-copy-alter-table
CREATE TABLE accounts (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, email VARCHAR(100) NOT NULL, created_at DATETIME, score INT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
