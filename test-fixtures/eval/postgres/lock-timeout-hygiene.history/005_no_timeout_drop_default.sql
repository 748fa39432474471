-- verdict: hazard missing-lock-timeout
ALTER TABLE carts ALTER COLUMN note DROP DEFAULT;
