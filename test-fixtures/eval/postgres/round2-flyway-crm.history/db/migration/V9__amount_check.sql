-- verdict: safe
set lock_timeout = '4s';
-- verdict: hazard lock-held-for-later-work
alter table deals add constraint deals_amount_nn check (amount is not null) not valid;
-- verdict: hazard validate-in-transaction
alter table deals validate constraint deals_amount_nn;
