-- verdict: safe
set lock_timeout = '5s';
-- verdict: hazard lock-held-for-later-work
alter table "documents" add column "tsv" tsvector;
-- verdict: hazard backfill-in-transaction
update "documents" set "tsv" = to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("body", ''));
-- verdict: hazard index-without-concurrently
create index "documents_tsv_index" on "documents" using gin ("tsv");
