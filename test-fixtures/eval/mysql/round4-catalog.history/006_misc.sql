-- verdict: safe
ALTER TABLE products AUTO_INCREMENT = 5000000;

-- verdict: safe
ANALYZE TABLE products;

-- verdict: safe
ALTER TABLE products ADD COLUMN discontinued TINYINT(1) NOT NULL DEFAULT 0 AFTER stock;

-- verdict: hazard not-null-without-default
ALTER TABLE products ADD COLUMN brand VARCHAR(80) NOT NULL;

-- verdict: hazard stored-generated-copy
ALTER TABLE products ADD COLUMN price_eur DECIMAL(12,2) AS (price_cents / 100) STORED;

-- verdict: safe
UPDATE products SET discontinued = 1 WHERE sku IN ('OLD-1', 'OLD-2', 'OLD-3');

-- verdict: hazard full-table-update
UPDATE products SET stock = 0;

-- verdict: hazard data-loss
ALTER TABLE click_log DROP COLUMN session_id;

-- verdict: hazard rename-table
RENAME TABLE click_log TO product_clicks;

-- verdict: safe
CREATE TABLE product_tags (
    product_id BIGINT UNSIGNED NOT NULL,
    tag        VARCHAR(50) NOT NULL,
    PRIMARY KEY (product_id, tag),
    CONSTRAINT fk_product_tags_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB;

-- verdict: safe
INSERT INTO product_tags (product_id, tag) VALUES (1, 'new'), (2, 'new'), (3, 'sale'), (4, 'sale'), (5, 'clearance');

-- verdict: safe
GRANT SELECT ON shop.product_tags TO 'reporting'@'%';
