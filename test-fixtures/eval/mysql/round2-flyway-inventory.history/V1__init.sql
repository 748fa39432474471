-- fixture: --dialect mysql
-- verdict: safe
create table `products` (
    `id` bigint unsigned not null auto_increment primary key,
    `name` varchar(120) not null,
    `price` decimal(10,2) not null default 0.00
) engine=InnoDB default charset=utf8mb4;
-- verdict: safe
create table `inventory` (
    `product_id` bigint unsigned not null primary key,
    `qty` int not null default 0
) engine=InnoDB default charset=utf8mb4;
-- verdict: safe
create table `inventory_old` (`product_id` bigint unsigned not null, `qty` int not null) engine=InnoDB;
-- verdict: safe
create table `audit_log` (`id` bigint unsigned not null auto_increment primary key, `msg` text) engine=InnoDB;
