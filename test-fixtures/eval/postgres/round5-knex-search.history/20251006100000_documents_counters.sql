-- verdict: safe
set lock_timeout = '5s';
-- verdict: hazard lock-held-for-later-work
alter table "documents" add column "word_count" integer not null default 0;
-- verdict: hazard volatile-default-rewrite
alter table "documents" add column "public_id" uuid not null default gen_random_uuid();
