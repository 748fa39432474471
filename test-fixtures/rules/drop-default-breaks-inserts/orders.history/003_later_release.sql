SET lock_timeout = '5s';
-- a later migration, after the release that sends is_gift: the column is not new any more
ALTER TABLE shop_order ALTER COLUMN is_gift SET DEFAULT false;
ALTER TABLE shop_order ALTER COLUMN is_gift DROP DEFAULT;
