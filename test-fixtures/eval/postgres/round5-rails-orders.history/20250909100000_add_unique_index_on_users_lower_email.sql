-- AddUniqueIndexOnUsersLowerEmail (disable_ddl_transaction!)
-- verdict: safe
CREATE UNIQUE INDEX CONCURRENTLY "index_users_on_lower_email" ON "users" (lower("email"));
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250909100000') RETURNING "version";
