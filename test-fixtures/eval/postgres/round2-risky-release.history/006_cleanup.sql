-- verdict: safe
set lock_timeout = '3s';
-- verdict: hazard data-loss
alter table payments drop column legacy cascade;
-- verdict: hazard data-loss
drop table if exists payment_events_old cascade;
-- A WHERE clause that matches every row.
-- verdict: hazard data-loss
delete from payment_events where true;
-- verdict: hazard unbatched-update
update payments set fee = 0 where 1 = 1;
-- verdict: hazard rename-table
alter table payments rename to payment_records;
-- verdict: hazard rename-table
alter table payment_events set schema archive;
