-- verdict: safe
create type payment_state as enum ('pending', 'failed', 'settled');
-- verdict: safe
create schema archive;
-- verdict: safe
create table payments (
    id           bigint not null,
    amount_cents integer not null,
    status       text,
    note         varchar(200),
    legacy       text
);
-- verdict: safe
create index payments_status_idx on payments (status);
-- verdict: safe
create table payment_events (id bigserial primary key, payment_id bigint not null, kind text not null);
-- verdict: safe
create table payment_events_old (id bigint, payment_id bigint, kind text);
