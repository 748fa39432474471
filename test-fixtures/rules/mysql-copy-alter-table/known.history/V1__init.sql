-- fixture: --dialect mysql --select mysql-copy-alter-table
CREATE TABLE users (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(40) NOT NULL,
  name VARCHAR(100) NULL,
  status ENUM('active', 'blocked') NOT NULL DEFAULT 'active',
  age INT(11) NULL,
  bio TEXT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
