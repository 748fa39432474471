-- fixture: --dialect mysql --select mysql-unsupported-algorithm
CREATE TABLE payouts (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  amount_cents INT NOT NULL,
  status ENUM('pending', 'paid') NOT NULL DEFAULT 'pending',
  note VARCHAR(100) NULL,
  legacy_code CHAR(4) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
