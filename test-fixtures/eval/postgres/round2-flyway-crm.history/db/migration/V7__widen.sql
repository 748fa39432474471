-- verdict: safe
set lock_timeout = '4s';
-- verdict: hazard lock-held-for-later-work
alter table contacts alter column phone type varchar(40);
-- verdict: safe
alter table contacts alter column email type text;
-- verdict: hazard table-rewrite
alter table deals alter column amount type numeric(12,4);
