-- verdict: safe
BEGIN;
-- CreateUsers / CreateAddresses / CreateOrders / CreateLineItems (first deploy, db:migrate log)
-- verdict: safe
CREATE TABLE "users" ("id" bigserial primary key, "email" character varying NOT NULL, "name" character varying, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
-- verdict: safe
CREATE TABLE "addresses" ("id" bigserial primary key, "user_id" bigint NOT NULL, "line1" character varying NOT NULL, "city" character varying NOT NULL, "country" character varying(2) NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL, CONSTRAINT "fk_rails_48c9e0c5a2" FOREIGN KEY ("user_id") REFERENCES "users" ("id"));
-- verdict: safe
CREATE INDEX "index_addresses_on_user_id" ON "addresses" ("user_id");
-- verdict: safe
CREATE TABLE "orders" ("id" bigserial primary key, "user_id" bigint NOT NULL, "state" character varying DEFAULT 'cart' NOT NULL, "total_cents" integer DEFAULT 0 NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
-- verdict: safe
CREATE INDEX "index_orders_on_user_id" ON "orders" ("user_id");
-- verdict: safe
CREATE TABLE "line_items" ("id" bigserial primary key, "order_id" bigint NOT NULL, "sku" character varying NOT NULL, "qty" integer NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL, CONSTRAINT "fk_rails_11e15d5c6b" FOREIGN KEY ("order_id") REFERENCES "orders" ("id"));
-- verdict: safe
CREATE INDEX "index_line_items_on_order_id" ON "line_items" ("order_id");
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250105100000') RETURNING "version";
-- verdict: safe
COMMIT;
