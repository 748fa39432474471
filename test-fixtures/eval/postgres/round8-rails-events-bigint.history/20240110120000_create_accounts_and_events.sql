-- Rails migration CreateAccountsAndEvents (ddl transaction)
-- verdict: safe
BEGIN;
-- verdict: safe
CREATE TABLE "accounts" ("id" bigserial primary key, "name" character varying NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
-- verdict: safe
CREATE TABLE "events" ("id" serial primary key, "account_id" bigint NOT NULL, "name" character varying NOT NULL, "properties" json, "occurred_at" timestamp(6) NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
-- verdict: safe
CREATE INDEX "index_events_on_account_id" ON "events" ("account_id");
-- verdict: safe
ALTER TABLE "events" ADD CONSTRAINT "fk_rails_6f4b2e1a9c" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id");
-- verdict: safe
COMMIT;
