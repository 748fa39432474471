-- verdict: hazard fulltext-rebuild
alter table `products` add fulltext `products_name_description_fulltext`(`name`, `description`);

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_09_04_000000_add_fulltext_to_products', 10);
