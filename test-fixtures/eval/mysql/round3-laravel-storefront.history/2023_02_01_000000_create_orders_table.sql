-- verdict: safe
create table `products` (`id` bigint unsigned not null auto_increment primary key, `name` varchar(255) not null, `description` text null, `price` decimal(10, 2) not null, `is_active` tinyint(1) not null default '1', `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

-- verdict: safe
create table `orders` (`id` bigint unsigned not null auto_increment primary key, `user_id` bigint unsigned not null, `status` enum('pending', 'paid', 'shipped') not null default 'pending', `total` decimal(10, 2) not null, `notes` varchar(50) null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

-- New, empty table: the FK costs nothing.
-- verdict: safe
alter table `orders` add constraint `orders_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade;

-- verdict: safe
alter table `orders` add index `orders_status_index`(`status`);

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_02_01_000000_create_orders_table', 2);
