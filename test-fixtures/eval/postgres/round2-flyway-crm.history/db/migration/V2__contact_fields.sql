-- verdict: safe
set lock_timeout to '4s';
-- verdict: hazard lock-held-for-later-work
alter table contacts add column company text;
-- verdict: safe
alter table contacts add column source text not null default 'web';
-- verdict: hazard table-rewrite
alter table contacts alter column score type bigint;
-- verdict: safe
comment on column contacts.source is 'acquisition channel';
