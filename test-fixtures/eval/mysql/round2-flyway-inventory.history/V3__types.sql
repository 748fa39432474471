-- verdict: hazard table-copy
alter table `inventory` modify `qty` bigint not null default 0;
-- verdict: safe
alter table `products` alter column `price` set default 1.00;
-- verdict: hazard table-copy
alter table `products` add column `weight` int null, algorithm=copy;
-- verdict: safe
alter table `products` auto_increment = 100000;
