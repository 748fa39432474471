-- fixture: --dialect mysql
-- verdict: safe
CREATE TABLE product (
  id BIGINT NOT NULL AUTO_INCREMENT,
  sku VARCHAR(40) NOT NULL,
  price DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- verdict: safe
CREATE TABLE stock (
  product_id BIGINT NOT NULL,
  qty INT NOT NULL DEFAULT 0,
  PRIMARY KEY (product_id),
  CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB;

-- verdict: safe
INSERT INTO product (sku, price) VALUES ('DEMO-1', 9.99);
