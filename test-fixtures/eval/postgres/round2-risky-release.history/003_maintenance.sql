-- verdict: safe
set lock_timeout = '3s';
-- verdict: hazard exclusive-lock
cluster payments using payments_pkey;
-- verdict: hazard exclusive-lock
lock table payments in access exclusive mode;
-- verdict: hazard table-rewrite
alter table payment_events set unlogged;
-- verdict: hazard drop-index-blocking
drop index payments_status_idx;
-- verdict: hazard exclusive-lock
reindex table payment_events;
-- verdict: hazard index-without-concurrently
create unique index payments_ref_key on payments (ref);
