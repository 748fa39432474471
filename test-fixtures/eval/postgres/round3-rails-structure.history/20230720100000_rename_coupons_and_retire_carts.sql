-- verdict: safe
BEGIN;
-- verdict: safe
SET lock_timeout TO '10s';
-- verdict: hazard rename
ALTER TABLE "coupons" RENAME TO "promo_codes";
-- verdict: safe
ALTER TABLE "public"."coupons_id_seq" RENAME TO "promo_codes_id_seq";
-- verdict: safe
ALTER INDEX "coupons_pkey" RENAME TO "promo_codes_pkey";
-- verdict: safe
ALTER INDEX "index_coupons_on_code" RENAME TO "index_promo_codes_on_code";
-- verdict: hazard rename
ALTER TABLE "legacy_carts" RENAME TO "legacy_carts_deprecated";
-- verdict: safe
INSERT INTO "schema_migrations" ("version") VALUES ('20230720100000');
-- verdict: safe
COMMIT;
