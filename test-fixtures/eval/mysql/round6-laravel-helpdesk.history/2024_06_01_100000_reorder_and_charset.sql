-- verdict: safe
alter table `users` modify `phone` varchar(40) null after `email`;
-- verdict: safe
alter table `activity_log` modify `event` varchar(250) not null;
-- verdict: hazard table-copy
alter table `activity_log` convert to character set utf8mb4 collate utf8mb4_unicode_ci;
-- verdict: safe
alter table `activity_log` modify `event` varchar(300) not null;
