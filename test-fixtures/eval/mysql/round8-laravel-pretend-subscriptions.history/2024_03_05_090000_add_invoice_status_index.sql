-- 2024_03_05_090000_add_status_created_at_index_to_invoices_table
-- verdict: safe
alter table `invoices` add index `invoices_status_created_at_index`(`status`, `created_at`);
-- 2024_03_05_090100_add_team_status_index_to_subscriptions_table
-- verdict: safe
alter table `subscriptions` add index `subscriptions_team_id_stripe_status_index`(`team_id`, `stripe_status`);
