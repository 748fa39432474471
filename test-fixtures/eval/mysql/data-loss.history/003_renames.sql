-- verdict: hazard breaks-running-app
ALTER TABLE customers RENAME COLUMN full_name TO name;

-- verdict: hazard breaks-running-app
RENAME TABLE carts TO shopping_carts;

-- verdict: hazard breaks-running-app
ALTER TABLE customers CHANGE COLUMN notes remarks TEXT;
