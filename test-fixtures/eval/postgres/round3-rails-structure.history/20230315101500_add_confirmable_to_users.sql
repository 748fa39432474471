-- verdict: safe
BEGIN;
-- verdict: hazard missing-lock-timeout
ALTER TABLE "users" ADD "confirmation_token" character varying;
-- verdict: safe
ALTER TABLE "users" ADD "confirmed_at" timestamp(6);
-- verdict: hazard blocking-index
CREATE UNIQUE INDEX "index_users_on_confirmation_token" ON "users" ("confirmation_token");
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20230315101500');
-- verdict: safe
COMMIT;
