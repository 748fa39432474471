-- AddIndexOnOrdersStateCreatedAt (disable_ddl_transaction!, algorithm: :concurrently)
-- verdict: safe
CREATE INDEX CONCURRENTLY "index_orders_on_state_and_created_at" ON "orders" ("state", "created_at");
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250402150000') RETURNING "version";
