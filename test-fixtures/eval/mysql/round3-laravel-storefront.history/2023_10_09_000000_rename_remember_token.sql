-- verdict: hazard rename
alter table `users` rename column `remember_token` to `remember_token_hash`;

-- verdict: safe
alter table `orders` rename index `orders_created_at_index` to `orders_created_idx`;

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_10_09_000000_rename_remember_token', 11);
