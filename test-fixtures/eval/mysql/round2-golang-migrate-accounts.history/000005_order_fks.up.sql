-- verdict: hazard table-copy
ALTER TABLE orders ADD CONSTRAINT fk_orders_user FOREIGN KEY (user_id) REFERENCES users (id);
-- verdict: safe
SET foreign_key_checks = 0;
-- verdict: safe
ALTER TABLE orders ADD CONSTRAINT fk_orders_country FOREIGN KEY (country_code) REFERENCES countries (code), ALGORITHM=INPLACE;
-- verdict: safe
SET foreign_key_checks = 1;
