-- verdict: safe
set lock_timeout = '4s';
-- verdict: safe
create view open_deals as select id, contact_id, amount from deals where closed_at is null;
-- verdict: safe
alter view open_deals rename to active_deals;
-- verdict: hazard rename-column
alter table contacts rename column full_name to display_name;
