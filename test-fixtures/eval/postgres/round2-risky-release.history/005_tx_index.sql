-- verdict: safe
start transaction;
-- verdict: safe
set local lock_timeout = '3s';
-- verdict: hazard concurrently-in-transaction
create index concurrently payment_events_payment_idx on payment_events (payment_id);
-- verdict: safe
commit;
-- verdict: safe
create index concurrently payment_events_kind_idx on payment_events (kind);
