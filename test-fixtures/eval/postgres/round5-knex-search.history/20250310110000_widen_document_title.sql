-- table.string('title', 255).notNullable().alter()
-- verdict: hazard missing-lock-timeout
alter table "documents" alter column "title" drop default;
-- verdict: safe
alter table "documents" alter column "title" drop not null;
-- verdict: safe
alter table "documents" alter column "title" type varchar(255) using ("title"::varchar(255));
-- verdict: hazard set-not-null-scan
alter table "documents" alter column "title" set not null;
