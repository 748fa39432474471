-- verdict: safe
create table `coupons` (`id` bigint unsigned not null auto_increment primary key, `code` varchar(32) not null, `percent_off` tinyint unsigned not null, `created_at` timestamp null, `updated_at` timestamp null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

-- verdict: safe
alter table `coupons` add unique `coupons_code_unique`(`code`);

-- verdict: safe
create table `order_items` (`id` bigint unsigned not null auto_increment primary key, `order_id` bigint unsigned not null, `product_id` bigint unsigned not null, `quantity` int unsigned not null, `unit_price` decimal(10, 2) not null) default character set utf8mb4 collate 'utf8mb4_unicode_ci';

-- verdict: safe
alter table `order_items` add constraint `order_items_order_id_foreign` foreign key (`order_id`) references `orders` (`id`) on delete cascade;

-- verdict: safe
alter table `order_items` add constraint `order_items_product_id_foreign` foreign key (`product_id`) references `products` (`id`);

-- verdict: safe
alter table `orders` add `coupon_id` bigint unsigned null;

-- foreign_key_checks is on: ALGORITHM=COPY on the big orders table.
-- verdict: hazard table-copy
alter table `orders` add constraint `orders_coupon_id_foreign` foreign key (`coupon_id`) references `coupons` (`id`);

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_08_15_000000_create_order_items_and_coupons', 8);
