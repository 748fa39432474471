-- fixture: --dialect mysql
-- php artisan migrate --pretend
-- 2024_01_15_000000_create_base_tables
-- verdict: safe
create table `users` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(255) not null, `email` varchar(255) not null, `email_verified_at` timestamp null, `password` varchar(255) not null, `remember_token` varchar(100) null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `users` add unique `users_email_unique`(`email`);
-- verdict: safe
create table `teams` (`id` bigint unsigned not null auto_increment primary key, `owner_id` bigint unsigned not null, `name` varchar(255) not null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `teams` add constraint `teams_owner_id_foreign` foreign key (`owner_id`) references `users` (`id`);
-- verdict: safe
create table `subscriptions` (`id` bigint unsigned not null auto_increment primary key, `team_id` bigint unsigned not null, `stripe_id` varchar(255) not null, `stripe_status` varchar(255) not null, `stripe_plan` varchar(255) null, `quantity` int null, `ends_at` timestamp null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `subscriptions` add constraint `subscriptions_team_id_foreign` foreign key (`team_id`) references `teams` (`id`) on delete cascade;
-- verdict: safe
alter table `subscriptions` add unique `subscriptions_stripe_id_unique`(`stripe_id`);
-- verdict: safe
create table `invoices` (`id` bigint unsigned not null auto_increment primary key, `subscription_id` bigint unsigned not null, `status` varchar(32) not null, `total` decimal(8, 2) not null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';
-- verdict: safe
alter table `invoices` add index `invoices_subscription_id_index`(`subscription_id`);
