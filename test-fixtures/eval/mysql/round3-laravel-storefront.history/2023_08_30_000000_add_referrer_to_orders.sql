-- verdict: safe
alter table `orders` add `referrer_id` bigint unsigned null;

-- Schema::disableForeignKeyConstraints(): with foreign_key_checks off the FK is added in place.
-- verdict: safe
SET FOREIGN_KEY_CHECKS=0;

-- verdict: safe
alter table `orders` add constraint `orders_referrer_id_foreign` foreign key (`referrer_id`) references `users` (`id`);

-- verdict: safe
SET FOREIGN_KEY_CHECKS=1;

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_08_30_000000_add_referrer_to_orders', 9);
