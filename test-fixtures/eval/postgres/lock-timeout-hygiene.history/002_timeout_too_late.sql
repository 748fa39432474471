-- verdict: hazard missing-lock-timeout
ALTER TABLE carts ADD COLUMN coupon text;

-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
ALTER TABLE cart_items ADD COLUMN price_cents integer;
