-- verdict: safe
create table `product_tags` (`product_id` bigint unsigned not null, `tag` varchar(50) not null) engine=InnoDB default charset=utf8mb4;
-- verdict: safe
alter table `product_tags` add index `idx_tag` (`tag`);
-- verdict: safe
alter table `product_tags` modify `tag` varchar(200) not null;
-- verdict: safe
alter table `product_tags` add constraint `fk_tag_product` foreign key (`product_id`) references `products` (`id`);
