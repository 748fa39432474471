-- utf8mb4: 200 -> 240 bytes, both under the 256-byte length-prefix boundary: in place.
-- verdict: safe
alter table `orders` modify `notes` varchar(60) null;

-- verdict: hazard table-copy
alter table `users` modify `name` varchar(100) not null;

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_07_03_000000_resize_text_columns', 7);
