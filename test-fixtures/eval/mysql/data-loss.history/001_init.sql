-- fixture: --dialect mysql
-- verdict: safe
CREATE TABLE customers (
  id INT AUTO_INCREMENT PRIMARY KEY,
  full_name VARCHAR(200) NOT NULL,
  fax VARCHAR(32),
  notes TEXT
) ENGINE=InnoDB;

-- verdict: safe
CREATE TABLE legacy_logs (id INT AUTO_INCREMENT PRIMARY KEY, line TEXT) ENGINE=InnoDB;

-- verdict: safe
CREATE TABLE carts (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT) ENGINE=InnoDB;

-- verdict: safe
CREATE TABLE cache_entries (k VARCHAR(64) PRIMARY KEY, v TEXT) ENGINE=InnoDB;
