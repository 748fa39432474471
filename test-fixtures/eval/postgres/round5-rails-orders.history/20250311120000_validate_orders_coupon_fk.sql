-- verdict: safe
BEGIN;
-- ValidateOrdersCouponForeignKey
-- verdict: safe
ALTER TABLE "orders" VALIDATE CONSTRAINT "fk_rails_0e3b5a9c21";
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20250311120000') RETURNING "version";
-- verdict: safe
COMMIT;
