-- verdict: hazard table-copy
alter table `products` convert to character set utf8mb4 collate utf8mb4_0900_ai_ci;

-- verdict: safe
alter table `products` alter `is_active` set default 0;

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2024_01_08_000000_products_collation', 14);
