-- verdict: safe
delete from `sessions` where `last_activity` < 1690000000 limit 10000;

-- verdict: hazard data-loss
truncate table `password_reset_tokens`;

-- verdict: hazard data-loss
drop table if exists `personal_access_tokens`;

-- verdict: hazard data-loss
alter table `users` drop column `phone`;

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_12_18_000000_cleanup_auth_tables', 13);
