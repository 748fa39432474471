-- fixture: --assume-in-transaction
-- knex migrate:latest (each migration in a transaction), DEBUG=knex:query
-- verdict: safe
create table "users" ("id" serial primary key, "email" varchar(255) not null, "created_at" timestamptz not null default CURRENT_TIMESTAMP);
-- verdict: safe
create table "documents" ("id" bigserial primary key, "owner_id" integer not null, "title" varchar(100) not null default '', "body" text, "lang" varchar(8) default 'en', "created_at" timestamptz not null default CURRENT_TIMESTAMP, "updated_at" timestamptz not null default CURRENT_TIMESTAMP);
-- verdict: safe
create index "documents_owner_id_index" on "documents" ("owner_id");
-- verdict: safe
create table "saved_searches" ("id" serial primary key, "user_id" integer not null, "query" text not null, "created_at" timestamptz default CURRENT_TIMESTAMP);
