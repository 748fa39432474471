-- verdict: safe
set lock_timeout = '3s';
-- verdict: hazard enum-rename-value
alter type payment_state rename value 'failed' to 'declined';
-- verdict: hazard table-rewrite
alter table payments alter column status type payment_state using status::payment_state;
