-- verdict: safe
CREATE UNIQUE INDEX uk_product_sku ON product (sku);

-- verdict: safe
ALTER TABLE product ADD COLUMN description TEXT;

-- verdict: safe
CREATE TABLE product_image (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  url VARCHAR(500) NOT NULL,
  CONSTRAINT fk_image_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB;

-- verdict: hazard table-copy
ALTER TABLE stock MODIFY qty BIGINT NOT NULL DEFAULT 0;

-- verdict: safe
UPDATE product SET price = 10.99 WHERE sku = 'DEMO-1';
