-- verdict: hazard data-loss
ALTER TABLE product DROP COLUMN description;

-- verdict: hazard table-copy
ALTER TABLE product MODIFY sku VARCHAR(40) NOT NULL AFTER price, ALGORITHM=COPY;

-- verdict: safe
ALTER TABLE product DROP INDEX uk_product_sku;
