-- fixture: --dialect mysql
-- verdict: safe
CREATE TABLE accounts (
  id BIGINT NOT NULL AUTO_INCREMENT,
  owner_email VARCHAR(120) NOT NULL,
  currency CHAR(3) NOT NULL DEFAULT 'USD',
  balance_cents BIGINT NOT NULL DEFAULT 0,
  note VARCHAR(200) NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=latin1;
-- verdict: safe
CREATE TABLE entries (
  id BIGINT NOT NULL AUTO_INCREMENT,
  account_id BIGINT NOT NULL,
  amount_cents INT NOT NULL,
  memo VARCHAR(64) NULL,
  booked_on DATE NOT NULL,
  PRIMARY KEY (id, booked_on),
  KEY idx_entries_account (account_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4
PARTITION BY RANGE COLUMNS (booked_on) (
  PARTITION p2022 VALUES LESS THAN ('2023-01-01'),
  PARTITION p2023 VALUES LESS THAN ('2024-01-01'),
  PARTITION p2024 VALUES LESS THAN ('2025-01-01')
);
-- verdict: safe
CREATE TABLE transfers (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  from_account BIGINT NOT NULL,
  to_account BIGINT NOT NULL,
  amount_cents INT NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY idx_transfers_from (from_account)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
