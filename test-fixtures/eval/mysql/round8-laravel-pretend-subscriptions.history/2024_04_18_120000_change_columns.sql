-- 2024_04_18_120000_widen_users_name
-- verdict: safe
alter table `users` modify `name` varchar(500) not null;
-- 2024_04_18_120100_widen_invoices_total
-- verdict: hazard table-rewrite
alter table `invoices` modify `total` decimal(12, 2) not null;
