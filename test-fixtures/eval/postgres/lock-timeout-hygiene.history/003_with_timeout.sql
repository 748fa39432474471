-- verdict: safe
SET lock_timeout TO '3s';

-- verdict: safe
ALTER TABLE carts ALTER COLUMN note SET DEFAULT '';

-- verdict: safe
ALTER TABLE cart_items ALTER COLUMN qty DROP DEFAULT;
