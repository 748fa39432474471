-- verdict: safe
set lock_timeout = '4s';
-- V9 validated the check: no scan.
-- verdict: safe
alter table deals alter column amount set not null;
-- verdict: safe
alter table deals drop constraint deals_amount_nn;
