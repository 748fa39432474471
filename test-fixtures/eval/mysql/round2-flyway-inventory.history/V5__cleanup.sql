-- verdict: hazard data-loss
drop table if exists `inventory_old`;
-- verdict: hazard data-loss
truncate table `audit_log`;
-- verdict: safe
delete from `products` where `discontinued` = 1 and `id` < 5000 limit 1000;
