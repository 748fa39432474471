-- disable_ddl_transaction! + algorithm: :concurrently (strong_migrations sets the timeouts on the session)
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: safe
SET statement_timeout TO '1h';
-- verdict: safe
CREATE INDEX CONCURRENTLY "index_orders_on_state" ON "orders" ("state");
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20230401120000');
