-- verdict: safe
SET lock_timeout = '2s';
-- text -> varchar(n) checks every value: rewrite despite the harmless-looking SET DEFAULT in the same ALTER.
-- verdict: hazard table-rewrite
alter table app."Orders" alter column "Note" type varchar(500) using "Note"::varchar(500), alter column "Note" set default '';
-- verdict: hazard fk-validation
alter table app."Orders" add column "ReferrerId" bigint references app.customers (id);
-- verdict: safe
alter table app."Orders" set (autovacuum_vacuum_scale_factor = 0.02);
-- verdict: hazard unique-constraint-scan
alter table app.customers add constraint customers_email_key unique (email);
-- verdict: safe
analyze app."Orders";
-- verdict: hazard table-rewrite
vacuum full app."Orders";
