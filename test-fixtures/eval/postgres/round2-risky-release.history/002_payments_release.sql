-- verdict: safe
set lock_timeout = '3s';
-- verdict: hazard table-rewrite
alter table only public.payments alter column amount_cents type bigint using amount_cents::bigint;
-- verdict: hazard volatile-default
alter table payments
    add column fee numeric(10,2) default 0 not null,   -- constant: fine on its own
    add column ref uuid default gen_random_uuid();      -- volatile: rewrites
-- verdict: hazard check-validation
alter table payments add constraint payments_fee_check check (fee >= 0);
-- verdict: hazard not-null-scan
alter table payments alter column status set not null;
-- verdict: hazard pk-index-build
alter table payments add primary key (id);
-- verdict: safe
alter table payments alter column note type text;
-- verdict: safe
alter table payments alter column amount_cents set statistics 500;
-- verdict: safe
alter table payments add column memo text collate "C";
-- verdict: safe
comment on column payments.memo is 'free text, byte order';
