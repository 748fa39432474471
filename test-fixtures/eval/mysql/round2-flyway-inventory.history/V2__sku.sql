-- verdict: safe
set session lock_wait_timeout = 5;
-- verdict: safe
alter table `products` add column `sku` varchar(32) null;
-- verdict: safe
alter table `products` add index `idx_sku` (`sku`), algorithm=inplace, lock=none;
-- verdict: safe
alter table `products` add column `discontinued` tinyint(1) not null default 0;
