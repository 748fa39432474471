-- 2024_02_20_101500_add_timezone_to_users_table
-- verdict: safe
alter table `users` add `timezone` varchar(64) not null default 'UTC';
-- 2024_02_20_101600_add_trial_ends_at_to_subscriptions_table
-- verdict: safe
alter table `subscriptions` add `trial_ends_at` timestamp null;
