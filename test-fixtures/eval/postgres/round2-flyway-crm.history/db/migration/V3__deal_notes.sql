-- verdict: safe
set lock_timeout = '4s';
-- verdict: safe
create table deal_notes (
    id      bigserial primary key,
    deal_id bigint not null references deals (id),
    body    text
);
-- verdict: safe
create index deal_notes_deal_idx on deal_notes (deal_id);
-- verdict: safe
alter table deal_notes alter column body set not null;
-- verdict: safe
alter table deal_notes add column author_id bigint not null;
-- verdict: safe
alter table deal_notes rename column body to content;
-- verdict: safe
alter table deal_notes add constraint deal_notes_author_uq unique (deal_id, author_id);
