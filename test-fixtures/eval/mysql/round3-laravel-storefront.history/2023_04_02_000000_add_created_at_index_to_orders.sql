-- verdict: safe
alter table `orders` add index `orders_created_at_index`(`created_at`);

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_04_02_000000_add_created_at_index_to_orders', 4);
