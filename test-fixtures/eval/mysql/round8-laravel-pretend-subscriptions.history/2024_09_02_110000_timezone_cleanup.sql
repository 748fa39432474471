-- 2024_09_02_110000_normalise_gmt_timezones (DB::update in up())
-- verdict: hazard blocks-writes
update `users` set `timezone` = 'Europe/London' where `timezone` = 'GMT';
-- 2024_09_02_110100_drop_stripe_plan_from_subscriptions (column unused since the Cashier 15 upgrade release)
-- verdict: hazard data-loss
alter table `subscriptions` drop column `stripe_plan`;
