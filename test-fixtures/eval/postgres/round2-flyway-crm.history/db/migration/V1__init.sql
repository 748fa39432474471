-- verdict: safe
create table contacts (
    id         bigserial primary key,
    email      varchar(50) not null,
    full_name  text,
    phone      varchar(20),
    score      int,
    created_at timestamp not null default now()
);
-- verdict: safe
create table deals (
    id         bigserial primary key,
    contact_id bigint not null references contacts (id),
    amount     numeric(10,2),
    stage      text not null default 'new',
    closed_at  timestamptz
);
-- verdict: safe
create index deals_contact_id_idx on deals (contact_id);
