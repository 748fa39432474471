-- fixture: --dialect mysql
-- verdict: safe
CREATE TABLE products (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sku VARCHAR(32) NOT NULL,
  title VARCHAR(180) NOT NULL,
  description TEXT NULL,
  price DECIMAL(10,2) NOT NULL,
  weight_grams INT NULL,
  UNIQUE KEY uq_products_sku (sku)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- verdict: safe
CREATE TABLE stock_levels (
  product_id INT UNSIGNED NOT NULL,
  warehouse_code CHAR(4) NOT NULL,
  qty INT NOT NULL DEFAULT 0,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (product_id, warehouse_code),
  CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- verdict: safe
CREATE TABLE shipments (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id INT UNSIGNED NOT NULL,
  carrier VARCHAR(30) NULL,
  tracking_no VARCHAR(64) NULL,
  shipped_at DATETIME NULL,
  KEY idx_shipments_product (product_id),
  CONSTRAINT fk_shipments_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
-- verdict: safe
CREATE TABLE import_batches (
  batch_id VARCHAR(40) NOT NULL,
  row_no INT NOT NULL,
  raw_line TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
