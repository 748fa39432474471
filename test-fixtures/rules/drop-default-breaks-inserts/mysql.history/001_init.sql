-- fixture: --dialect mysql --select drop-default-breaks-inserts
CREATE TABLE shop_order (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, number VARCHAR(20) NOT NULL);
