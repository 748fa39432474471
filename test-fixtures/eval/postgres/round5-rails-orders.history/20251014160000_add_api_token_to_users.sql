-- verdict: safe
BEGIN;
-- AddApiTokenToUsers: add_column :users, :api_token, :uuid, default: -> { "gen_random_uuid()" }, null: false
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: hazard volatile-default-rewrite
ALTER TABLE "users" ADD "api_token" uuid DEFAULT gen_random_uuid() NOT NULL;
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20251014160000') RETURNING "version";
-- verdict: safe
COMMIT;
