-- verdict: safe
alter table `users` add `phone` varchar(20) null;

-- verdict: safe
alter table `users` add `is_admin` tinyint(1) not null default '0';

-- verdict: safe
insert into `migrations` (`migration`, `batch`) values ('2023_03_14_000000_add_phone_to_users_table', 3);
