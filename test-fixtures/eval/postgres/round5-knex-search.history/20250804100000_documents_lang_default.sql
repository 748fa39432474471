-- verdict: safe
set lock_timeout = '5s';
-- verdict: safe
alter table "documents" alter column "lang" set default 'de';
-- verdict: safe
comment on table "documents" is 'user documents, full-text searchable via tsv';
