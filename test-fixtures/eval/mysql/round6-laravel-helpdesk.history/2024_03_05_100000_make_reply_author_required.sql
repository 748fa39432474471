-- verdict: safe
update `replies` set `author_id` = 0 where `author_id` is null and `id` <= 500000 limit 5000;
-- verdict: hazard null-to-not-null
alter table `replies` modify `author_id` bigint unsigned not null;
-- verdict: safe
alter table `users` modify `phone` varchar(40) null default null;
