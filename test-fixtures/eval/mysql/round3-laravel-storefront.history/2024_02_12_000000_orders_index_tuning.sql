-- verdict: safe
alter table `orders` add index `orders_user_status_index`(`user_id`, `status`), algorithm=inplace, lock=none;

-- verdict: safe
alter table `orders` drop index `orders_status_index`;

-- verdict: hazard table-copy
alter table `order_items` modify `quantity` bigint unsigned not null;

-- verdict: safe
alter table `orders` auto_increment = 5000000;

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2024_02_12_000000_orders_index_tuning', 15);
