-- verdict: safe
alter table `order_items` add `line_total` decimal(12, 2) as (`quantity` * `unit_price`) virtual;

-- verdict: hazard table-copy
alter table `order_items` add `line_total_stored` decimal(12, 2) as (`quantity` * `unit_price`) stored;

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_11_21_000000_add_line_totals', 12);
