-- verdict: safe
set lock_timeout = '5s';
-- verdict: hazard fk-validation
alter table "documents" add constraint "documents_owner_id_foreign" foreign key ("owner_id") references "users" ("id") on delete cascade;
