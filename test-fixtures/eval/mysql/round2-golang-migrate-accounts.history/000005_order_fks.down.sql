ALTER TABLE orders DROP FOREIGN KEY fk_orders_country;
ALTER TABLE orders DROP FOREIGN KEY fk_orders_user;
