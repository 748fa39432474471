-- verdict: safe
BEGIN;
-- AddShippingAddressToOrders: add_reference :orders, :shipping_address, foreign_key: { to_table: :addresses }
-- verdict: hazard missing-lock-timeout
ALTER TABLE "orders" ADD "shipping_address_id" bigint;
-- verdict: hazard index-without-concurrently
CREATE INDEX "index_orders_on_shipping_address_id" ON "orders" ("shipping_address_id");
-- verdict: hazard fk-validation
ALTER TABLE "orders" ADD CONSTRAINT "fk_rails_8a1c2d3e4f" FOREIGN KEY ("shipping_address_id") REFERENCES "addresses" ("id");
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250211093000') RETURNING "version";
-- verdict: safe
COMMIT;
